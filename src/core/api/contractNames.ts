/**
 * The contract's method and event names, without its schemas: the browser builds its API from
 * them on the first screen, before zod is loaded. The compiler holds the lists to the contract
 * both ways: a name that is not the contract's does not type-check, nor does a missing one.
 */
import type { contract } from './contract';
import type { EventName, MethodName } from './define';

type Contract = typeof contract;

export const METHOD_NAMES = [
  'boot',
  'getAppInfo',
  'listCases',
  'openCase',
  'saveVerdict',
  'saveFigureText',
  'setAsideUserLayer',
  'readNote',
  'writeNote',
  'listNotes',
  'searchNotes',
  'noteClaimLinks',
  'keepNoteCopy',
  'readSettings',
  'writeSettings',
  'deliverFile',
  'printToPdf',
  'flushDone',
  'takeOpenedBundle',
  'addClaim',
  'updateClaim',
  'deleteClaim',
  'restoreClaim',
  'addIssue',
  'addDimension',
  'addSource',
  'previewCslJson',
  'importCslJson',
  'exportSources',
  'addMeasure',
  'addPoint',
  'importCsvPoints',
  'attachDocument',
  'readDocument',
  'anchorQuotes',
  'detachDocument',
  'exportBundle',
  'inspectBundle',
  'importBundle',
  'cancelOperation',
] as const satisfies readonly MethodName<Contract>[];

export const EVENT_NAMES = [
  'operationProgress',
  'flushRequested',
  'bundleOpened',
  'noteChangedOnDisk',
] as const satisfies readonly EventName<Contract>[];

type Unlisted =
  | Exclude<MethodName<Contract>, (typeof METHOD_NAMES)[number]>
  | Exclude<EventName<Contract>, (typeof EVENT_NAMES)[number]>;
/** Fails to compile, naming what is missing, when the contract gains a name not listed above. */
type ListsEveryName<T extends never> = T;
export type EveryContractNameListed = ListsEveryName<Unlisted>;
