/**
 * One fuzz run over every method of the contract, through a transport (IPC or HTTP): the
 * method's base call first, which must succeed; then each case of `methodCases`. A case the
 * schema refuses must come back as a typed `invalid-arguments` error and change nothing in the
 * workspace; one it accepts must be handled (any typed answer but `internal`). Counts, per
 * method, the calls that reached its handler.
 */
import { contract } from '../../../core/api/contract';
import { baseCalls } from './fuzzBases';
import { methodCases } from './fuzzInputs';
import { isEnvelope, STACK_TRACE, type FuzzWorld } from './fuzzWorld';
import { seededRng } from './rng';

export interface FuzzReply {
  /** The parsed reply: an envelope, if the transport kept its promise. */
  readonly envelope: unknown;
  /** The HTTP status; undefined over IPC. */
  readonly status?: number;
  readonly text: string;
}

export type FuzzSend = (method: string, args: readonly unknown[]) => Promise<FuzzReply>;

export interface FuzzRow {
  readonly method: string;
  /** How many arguments the base call has. */
  readonly arity: number;
  readonly sent: number;
  readonly refused: number;
  /** Calls that reached the handler, the base call included. */
  readonly reached: number;
}

export interface FuzzReport {
  readonly problems: readonly string[];
  readonly rows: readonly FuzzRow[];
}

export async function fuzzEveryMethod(
  world: FuzzWorld,
  send: FuzzSend,
  refusedStatus?: number,
  seed = 20240607,
): Promise<FuzzReport> {
  const rng = seededRng(seed);
  const bases = await baseCalls(world.services, world.workspace);
  const problems: string[] = [];
  const rows: FuzzRow[] = [];
  const check = (label: string, reply: FuzzReply, refused: boolean): void => {
    const envelope = reply.envelope;
    if (!isEnvelope(envelope))
      problems.push(`${label}: not an envelope: ${reply.text.slice(0, 160)}`);
    else if (refused && (envelope.ok || envelope.error.code !== 'invalid-arguments'))
      problems.push(`${label}: not refused: ${reply.text.slice(0, 160)}`);
    else if (!envelope.ok && envelope.error.code === 'internal')
      problems.push(`${label}: an internal error: ${reply.text.slice(0, 160)}`);
    if (reply.status !== undefined && reply.status >= 500)
      problems.push(`${label}: status ${reply.status}`);
    if (refused && refusedStatus !== undefined && reply.status !== refusedStatus)
      problems.push(`${label}: status ${reply.status}, expected ${refusedStatus}`);
    if (STACK_TRACE.test(reply.text)) problems.push(`${label}: stack trace`);
  };

  for (const method of Object.keys(contract.methods)) {
    const prepare = bases[method];
    if (!prepare) {
      problems.push(`${method}: no base call`);
      continue;
    }
    const before = world.reached.get(method) ?? 0;
    const base = await prepare();
    const baseReply = await send(method, base);
    const envelope = baseReply.envelope;
    if (!isEnvelope(envelope) || !envelope.ok) {
      problems.push(`${method}: the base call failed: ${baseReply.text.slice(0, 200)}`);
      continue;
    }
    const cases = methodCases(contract, method, base, rng);
    const refused = cases.filter((c) => !c.accepted);
    const hash = await world.workspaceHash();
    for (const c of refused) check(`${method} ${c.label}`, await send(method, c.args), true);
    if ((await world.workspaceHash()) !== hash) problems.push(`${method}: a refused call wrote`);
    for (const c of cases.filter((x) => x.accepted)) {
      check(`${method} ${c.label}`, await send(method, c.args), false);
    }
    rows.push({
      method,
      arity: base.length,
      sent: cases.length + 1,
      refused: refused.length,
      reached: (world.reached.get(method) ?? 0) - before,
    });
  }
  await world.services.flush();
  return { problems, rows };
}
