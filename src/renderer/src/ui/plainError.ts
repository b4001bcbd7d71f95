/**
 * zod's error map for forms: what a field lacks, in the words an analyst uses. Passed per parse
 * (`safeParse(x, { error: plainError })`), so a message a schema states itself still wins and
 * files on disk keep zod's precise wording.
 */
import type { z } from 'zod';
import { plural } from '../../../core/format/plural';

type Issue = z.core.$ZodRawIssue;

function count(n: number | bigint, one: string, many: string): string {
  return plural(Number(n), one, many);
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const n = issue.minimum;
  switch (issue.origin) {
    case 'string':
      return n === 1
        ? 'Required: write something here.'
        : `Write at least ${count(n, 'character', 'characters')}.`;
    case 'array':
    case 'set':
      return n === 1 ? 'Add at least one.' : `Add at least ${n.toLocaleString('en')}.`;
    default:
      return issue.inclusive === false
        ? `Must be more than ${n.toLocaleString('en')}.`
        : `Must be at least ${n.toLocaleString('en')}.`;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const n = issue.maximum;
  switch (issue.origin) {
    case 'string':
      return `Too long: at most ${count(n, 'character', 'characters')}.`;
    case 'array':
    case 'set':
      return `Too many: at most ${n.toLocaleString('en')}.`;
    default:
      return issue.inclusive === false
        ? `Must be less than ${n.toLocaleString('en')}.`
        : `Must be at most ${n.toLocaleString('en')}.`;
  }
}

function wrongType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined || issue.input === null || issue.input === '') return 'Required.';
  switch (issue.expected) {
    case 'number':
    case 'int':
    case 'bigint':
      return 'Must be a number, such as 42 or 3.5.';
    case 'string':
      return 'Must be text.';
    default:
      return 'Required.';
  }
}

function badFormat(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  switch (issue.format) {
    case 'url':
      return 'Must be a web address starting with https:// or http://.';
    case 'email':
      return 'Must be an e-mail address.';
    case 'date':
    case 'datetime':
      return 'Must be a date such as 2025-03-31.';
    default:
      return 'Not in the expected form: letters, digits and dashes only.';
  }
}

/** The plain message for one zod issue (the form's Field shows it beside its label). */
export function plainError(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_type':
      return wrongType(issue);
    case 'invalid_format':
      return badFormat(issue);
    case 'invalid_value':
      return 'Choose one of the offered options.';
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Not a field of this form: ${issue.keys.join(', ')}.`;
    default:
      return 'Check this field: it is not filled in the way it must be.';
  }
}
