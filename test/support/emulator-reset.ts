import { beforeEach, inject } from 'vitest';
import { resetEmulator } from '../../src/emulator/moto.ts';

beforeEach(async () => {
  await resetEmulator(inject('emulatorEndpoint'));
});
