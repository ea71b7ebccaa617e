#!/usr/bin/env node
'use strict';
require('./run-ts')('cli/main.ts');
