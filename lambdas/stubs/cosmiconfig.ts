import { leftOut } from './left-out.js';

// htmlnano loads cosmiconfig (and a YAML parser) to look for its configuration files, which the
// newsletter's compile options skip (`skipConfigLoading`).
export const cosmiconfigSync = leftOut('cosmiconfig', 'htmlnano uses it only to find a configuration file');
