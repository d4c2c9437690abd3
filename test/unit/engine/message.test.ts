/** Message templates: placeholders, counts, days, and singular or plural words. */
import { describe, expect, it } from 'vitest';
import { checkTemplate, renderMessage } from '../../../src/engine/message.ts';
import type { GraphNode } from '../../../src/graph/types.ts';

const NOW = Date.parse('2025-06-01T00:00:00Z');
const node: GraphNode = {
  id: 'arn:aws:kms:eu-west-1:111122223333:key/k1',
  type: 'kms.key',
  account: '111122223333',
  region: 'eu-west-1',
  name: 'alias/k1',
  tags: {},
  attributes: { keyId: 'k1', arn: 'arn:aws:kms:eu-west-1:111122223333:key/k1', deletionDate: '2025-06-02T00:00:00Z' },
};

function render(template: string, bindings: Record<string, string[]>): string {
  return renderMessage(template, { node, params: {}, bindings, now: NOW });
}

describe('message templates', () => {
  it('chooses the singular or the plural word from a count of deciding nodes', () => {
    const template = 'Key {@name} protects {count:$protected} {plural:$protected|resource|resources}: {$protected}.';
    expect(render(template, { protected: ['b1'] })).toBe('Key alias/k1 protects 1 resource: b1.');
    expect(render(template, { protected: ['b1', 'v1'] })).toBe('Key alias/k1 protects 2 resources: b1, v1.');
    expect(render(template, {})).toBe('Key alias/k1 protects 0 resources: (none).');
  });

  it('chooses the word from a number of days', () => {
    expect(render('in {daysUntil:deletionDate} {plural:daysUntil:deletionDate|day|days}', {})).toBe('in 1 day');
    expect(render('{daysSince:deletionDate} {plural:daysSince:deletionDate|day|days} ago', {})).toBe('-1 day ago');
  });

  it('checks plural placeholders when the rule loads', () => {
    const check = (template: string) => checkTemplate(template, '/message/fail', ['kms.key'], new Set(), new Set(['protected']));
    expect(check('{plural:$protected|resource|resources} {plural:daysUntil:deletionDate|day|days}')).toEqual([]);
    expect(check('{plural:$protected|resource}').map((p) => p.message)).toEqual([
      '{plural:$protected|resource}: is {plural:SUBJECT|one|other}, e.g. {plural:$protected|resource|resources}',
    ]);
    expect(check('{plural:$other|a|b} {plural:keyId|a|b} {plural:daysUntil:nope|a|b}').map((p) => p.message)).toEqual([
      '{plural:$other|a|b}: names no quantifier declared with "as": "other"',
      '{plural:keyId|a|b}: the subject of plural is $name, daysUntil:PATH, daysSince:PATH or count:$name',
      '{plural:daysUntil:nope|a|b}: unknown attribute "nope" for node type kms.key',
    ]);
  });
});
