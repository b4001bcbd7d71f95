/**
 * Building blocks of the API contract: a method is an argument tuple and a result schema,
 * an event is a payload schema. Hosts, preload and clients are derived from these shapes.
 */
import { type z } from 'zod';

export interface MethodSpec<A extends z.ZodTuple = z.ZodTuple, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
}

export interface ContractShape {
  readonly methods: Readonly<Record<string, MethodSpec>>;
  readonly events: Readonly<Record<string, z.ZodType>>;
}

/** Declares one method of the contract. */
export function method<const A extends z.ZodTuple, const R extends z.ZodType>(
  args: A,
  result: R,
): MethodSpec<A, R> {
  return { args, result };
}

export type MethodName<C extends ContractShape> = keyof C['methods'] & string;
export type EventName<C extends ContractShape> = keyof C['events'] & string;

export type ArgsOf<C extends ContractShape, K extends MethodName<C>> = z.input<
  C['methods'][K]['args']
>;
export type ResultOf<C extends ContractShape, K extends MethodName<C>> = z.output<
  C['methods'][K]['result']
>;
export type PayloadOf<C extends ContractShape, E extends EventName<C>> = z.output<C['events'][E]>;

/** The name under which an event's subscribe function is exposed: `noteChanged` → `onNoteChanged`. */
export type SubscriberName<E extends string> = `on${Capitalize<E>}`;

export function subscriberName<E extends string>(event: E): SubscriberName<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as SubscriberName<E>;
}

/** The API as the renderer sees it: one async function per method, one subscribe per event. */
export type ApiOf<C extends ContractShape> = {
  readonly [K in MethodName<C>]: (...args: ArgsOf<C, K>) => Promise<ResultOf<C, K>>;
} & {
  readonly [E in EventName<C> as SubscriberName<E>]: (
    listener: (payload: PayloadOf<C, E>) => void,
  ) => () => void;
};

/** What a host needs to serve the contract: one async function per method, taking parsed args. */
export type HandlersOf<C extends ContractShape> = {
  readonly [K in MethodName<C>]: (
    ...args: z.output<C['methods'][K]['args']>
  ) => Promise<z.input<C['methods'][K]['result']>>;
};

/** The names exposed to the renderer, in contract order: methods, then event subscribers. */
export function exposedNames(contract: ContractShape): string[] {
  return [
    ...Object.keys(contract.methods),
    ...Object.keys(contract.events).map((e) => subscriberName(e)),
  ];
}
