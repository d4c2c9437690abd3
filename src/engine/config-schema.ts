/**
 * The JSON Schema of the configuration file (`schemas/config.schema.json`), written by
 * `npm run generate`: the service names of a selector come from the registry.
 */
import { SERVICES } from '../graph/types.ts';

export function configSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://cryptoposture.dev/schemas/config-1.schema.json',
    title: 'cryptoposture configuration',
    description:
      'Which rules run and how: rule folders, packs enabled or disabled by id, tag or service, parameter and severity overrides, trusted accounts and organizations. Unknown rule ids and tags are errors.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {
        type: 'string',
      },
      ruleFolders: {
        description: 'Folders of custom rules, relative to this file (added to the built-in pack).',
        type: 'array',
        items: {
          type: 'string',
          minLength: 1,
        },
      },
      enable: {
        description: 'When present, only the rules that match are enabled (any of ids, tags, services).',
        $ref: '#/definitions/selector',
      },
      disable: {
        description: 'Rules that match are disabled, except rules enabled by id.',
        $ref: '#/definitions/selector',
      },
      params: {
        description: "Parameter values by rule id, validated against each rule's parameter schema.",
        type: 'object',
        propertyNames: {
          pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$',
        },
        additionalProperties: {
          type: 'object',
        },
      },
      severity: {
        description: 'Severity by rule id (a ladder may still raise it on a failure).',
        type: 'object',
        propertyNames: {
          pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$',
        },
        additionalProperties: {
          $ref: '#/definitions/severity',
        },
      },
      trustedAccounts: {
        description: 'Accounts that may be granted access to keys (the value of every rule parameter named trustedAccounts).',
        type: 'array',
        uniqueItems: true,
        items: {
          type: 'string',
          pattern: '^\\d{12}$',
        },
      },
      trustedOrganizations: {
        description: 'AWS Organizations ids that may be granted access to keys (every rule parameter named trustedOrganizations).',
        type: 'array',
        uniqueItems: true,
        items: {
          type: 'string',
          pattern: '^o-[a-z0-9]{10,32}$',
        },
      },
      failOn: {
        description: 'Exit 1 when a failure at or above this severity is found (the --fail-on option overrides it).',
        type: 'string',
        enum: ['none', 'info', 'low', 'medium', 'high', 'critical'],
      },
    },
    definitions: {
      severity: {
        type: 'string',
        enum: ['info', 'low', 'medium', 'high', 'critical'],
      },
      selector: {
        type: 'object',
        additionalProperties: false,
        properties: {
          ids: {
            type: 'array',
            uniqueItems: true,
            items: {
              type: 'string',
            },
          },
          tags: {
            type: 'array',
            uniqueItems: true,
            items: {
              type: 'string',
            },
          },
          services: {
            type: 'array',
            uniqueItems: true,
            items: {
              type: 'string',
              enum: [...SERVICES],
            },
          },
        },
      },
    },
  };
}
