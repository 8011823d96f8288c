#!/usr/bin/env node
'use strict';
require('./require-bundle')('server.js');
