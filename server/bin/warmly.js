#!/usr/bin/env node
'use strict';
require('./require-bundle')('cli.js').main(process.argv.slice(2));
