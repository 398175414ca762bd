// Imported by the command line's entry before anything heavy: gather's workers start loading while it loads.
import { prewarmFor } from './gather-pool';

if (require.main && /[\\/]cli[\\/]index\.js$/.test(require.main.filename)) prewarmFor(process.argv.slice(2));
