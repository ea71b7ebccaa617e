#!/usr/bin/env node
'use strict';
require('./run-ts')('bench/main.ts');
