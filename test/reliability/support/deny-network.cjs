// Preloaded with NODE_OPTIONS=--require into the CLI and the language server: every way out of the machine is
// replaced by one that records the attempt (one JSON line in WARMLY_NET_LOG) and throws. Unix-socket paths and
// pipes stay allowed: VS Code's IPC transport and stdio are not connections to hosts.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const tls = require('node:tls');
const dgram = require('node:dgram');

const log = process.env.WARMLY_NET_LOG;
function attempt(what, detail) {
  if (log) fs.appendFileSync(log, JSON.stringify({ pid: process.pid, what, detail: String(detail).slice(0, 200) }) + '\n');
  throw new Error(`network access denied by the reliability test: ${what}`);
}
function isLocalPath(args) {
  const first = args[0];
  const opts = Array.isArray(first) ? first[0] : first;
  if (typeof opts === 'string' && !/^\d+$/.test(opts)) return true; // a path
  return Boolean(opts && typeof opts === 'object' && typeof opts.path === 'string');
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  if (isLocalPath(args)) return connect.apply(this, args);
  attempt('net.Socket.connect', JSON.stringify(args[0]));
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = (...args) => attempt(`dns.${name}`, args[0]);
  if (dns.promises[name]) dns.promises[name] = async (...args) => attempt(`dns.promises.${name}`, args[0]);
}
for (const [mod, label] of [[http, 'http'], [https, 'https']]) {
  mod.request = (...args) => attempt(`${label}.request`, typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]));
  mod.get = (...args) => attempt(`${label}.get`, typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]));
}
http2.connect = (...args) => attempt('http2.connect', args[0]);
tls.connect = (...args) => attempt('tls.connect', JSON.stringify(args[0]));
dgram.createSocket = (...args) => attempt('dgram.createSocket', JSON.stringify(args[0]));
globalThis.fetch = async (input) => attempt('fetch', input);
if (globalThis.WebSocket) globalThis.WebSocket = function () { attempt('WebSocket', arguments[0]); };
