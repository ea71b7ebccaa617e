// Stryker only (jest.stryker.config.js): @fast-check/jest names each property test "… (with seed=N)" with a random N,
// so a property test recorded as covering a mutant in Stryker's dry run has another name when the mutant runs, is not
// found, and its kills are lost. One fixed seed keeps the names, and the runs, the same.
const fc = require('fast-check');

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20261202 });
