// The script of the third start-up baseline: the app's first screen, copied as HTML and CSS,
// marks "painted" exactly as the app marks its first chart, and does nothing else.
import { markAfterNextPaint } from '../../src/renderer/src/perf/markAfterNextPaint';

// The name is FIRST_SCREEN_MARK of bench/sections/start.ts (not imported: that module is Node's).
markAfterNextPaint('first-screen/painted');
