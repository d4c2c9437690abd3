/** Installs the pinned AWS emulator (moto) into the project's virtual environment. */
import { ensureEmulatorInstalled, venvDir } from '../src/emulator/moto.ts';
import { isCryptopostureError } from '../src/errors.ts';

try {
  ensureEmulatorInstalled((line) => console.log(line));
  console.log(`The AWS emulator is installed in ${venvDir()}`);
} catch (e) {
  console.error(isCryptopostureError(e) ? e.message : e);
  process.exit(1);
}
