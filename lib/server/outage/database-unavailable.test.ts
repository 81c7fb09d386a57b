import { describe, expect, it } from 'vitest';
import { DatabaseDeadlineError, isDatabaseUnavailable, withDeadline } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['an administrator shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a wrapped cause', new Error('driver adapter error', { cause: { code: '08006' } })],
    ['a deadline', new DatabaseDeadlineError(2000)],
  ])('%s: waits it out', (_name, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
    ['a bad value', Object.assign(new Error('invalid input syntax for type json'), { code: '22P02' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
  ])('%s: does not', (_name, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe('withDeadline', () => {
  it('passes a prompt answer through', async () => expect(await withDeadline(Promise.resolve(7), 1000)).toBe(7));
  it('gives up on a slow one with a DatabaseDeadlineError', async () => {
    await expect(withDeadline(new Promise((resolve) => setTimeout(resolve, 500)), 20)).rejects.toBeInstanceOf(DatabaseDeadlineError);
  });
});
