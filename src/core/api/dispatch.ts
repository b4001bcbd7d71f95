/**
 * The one place where a call from the renderer is checked and run. Both hosts go through it:
 * unknown names are refused, arguments parsed with the contract's schema, results checked,
 * and every failure turned into a typed error without a stack trace.
 */
import { type z } from 'zod';
import { ApiError, type Envelope } from './errors';
import type { ContractShape, HandlersOf, MethodSpec } from './define';

export function isMethodName(contract: ContractShape, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(contract.methods, name);
}

/** Formats zod issues as one line each: `argument 1 (text): Too big: …`. */
export function describeArgumentIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const [index, ...rest] = issue.path;
      const where =
        typeof index === 'number'
          ? `argument ${index + 1}${rest.length ? ` (${rest.map(String).join('.')})` : ''}`
          : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Where a call ended: refused at the gate (name, arguments) or answered by its handler. */
export type DispatchStage = 'gate' | 'handler';

export async function dispatch<C extends ContractShape>(
  contract: C,
  handlers: HandlersOf<C>,
  name: string,
  rawArgs: unknown,
  onInternalError: (name: string, error: unknown) => void = () => {},
): Promise<Envelope> {
  return (await dispatchWithStage(contract, handlers, name, rawArgs, onInternalError)).envelope;
}

/** As `dispatch`, also telling whether the gate refused the call or its handler answered. */
export async function dispatchWithStage<C extends ContractShape>(
  contract: C,
  handlers: HandlersOf<C>,
  name: string,
  rawArgs: unknown,
  onInternalError: (name: string, error: unknown) => void = () => {},
): Promise<{ readonly envelope: Envelope; readonly stage: DispatchStage }> {
  if (!isMethodName(contract, name)) {
    const error = new ApiError(
      'unknown-method',
      `There is no method named "${name.slice(0, 80)}".`,
    );
    return { envelope: fail(error), stage: 'gate' };
  }
  const spec = contract.methods[name]!;
  const parsed = spec.args.safeParse(rawArgs);
  if (!parsed.success) {
    const error = new ApiError(
      'invalid-arguments',
      `${name}: ${describeArgumentIssues(parsed.error)}`,
    );
    return { envelope: fail(error), stage: 'gate' };
  }
  return {
    envelope: await runHandler(spec, handlers, name, parsed.data, onInternalError),
    stage: 'handler',
  };
}

async function runHandler<C extends ContractShape>(
  spec: MethodSpec,
  handlers: HandlersOf<C>,
  name: string,
  args: unknown,
  onInternalError: (name: string, error: unknown) => void,
): Promise<Envelope> {
  try {
    const handler = (
      handlers as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
    )[name];
    if (!handler) throw new Error(`no handler for ${name}`);
    const value = await handler(...(args as unknown[]));
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      onInternalError(name, checked.error);
      return fail(
        new ApiError('internal', `${name} produced a result that does not fit the contract.`),
      );
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof ApiError) return fail(error);
    onInternalError(name, error);
    return fail(new ApiError('internal', `${name} failed unexpectedly.`));
  }
}

function fail(error: ApiError): Envelope {
  return { ok: false, error: error.toData() };
}
