// Preloaded into a Copydesk process under test (node --require watch-process.cjs):
// it writes to the file named by COPYDESK_WATCH_LOG, one JSON line each, every
// path the process touches through fs, every module it loads, and every
// attempt to reach the network or start a program — and makes those last two
// fail, so that a test can prove a Copydesk process does neither.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

const log = process.env.COPYDESK_WATCH_LOG;
const append = fs.appendFileSync;
let recording = false;

function record(kind, what, target) {
  if (!log || recording) return;
  recording = true;
  try {
    append(log, JSON.stringify({ kind, what, target: String(target) }) + '\n');
  } finally {
    recording = false;
  }
}

function pathOf(value) {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString();
  if (value instanceof URL) return value.href;
  return undefined;
}

function watchPaths(object, prefix) {
  for (const key of Object.keys(object)) {
    const original = object[key];
    if (typeof original !== 'function' || /^[A-Z]/.test(key)) continue;
    const wrapped = function (...args) {
      const path = pathOf(args[0]);
      if (path !== undefined) record('fs', prefix + key, path);
      if (key === 'rename' || key === 'renameSync' || key === 'copyFile' || key === 'copyFileSync' || key === 'symlink' || key === 'symlinkSync' || key === 'link' || key === 'linkSync') {
        const second = pathOf(args[1]);
        if (second !== undefined) record('fs', prefix + key, second);
      }
      return original.apply(this, args);
    };
    Object.assign(wrapped, original);
    object[key] = wrapped;
  }
}
watchPaths(fs, 'fs.');
watchPaths(fs.promises, 'fs.promises.');

function forbid(moduleName, names, kind) {
  const object = require(moduleName);
  for (const name of names) {
    if (typeof object[name] !== 'function') continue;
    object[name] = function (...args) {
      const target = args.map((arg) => (typeof arg === 'object' && arg !== null ? JSON.stringify(arg).slice(0, 200) : String(arg))).join(' ');
      record(kind, `${moduleName}.${name}`, target);
      throw new Error(`Copydesk test: ${moduleName}.${name} is not allowed here`);
    };
  }
}
forbid('node:net', ['connect', 'createConnection', 'createServer'], 'network');
forbid('node:tls', ['connect'], 'network');
forbid('node:http', ['request', 'get', 'createServer'], 'network');
forbid('node:https', ['request', 'get', 'createServer'], 'network');
forbid('node:http2', ['connect', 'createServer'], 'network');
forbid('node:dgram', ['createSocket'], 'network');
forbid('node:dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService', 'reverse'], 'network');
forbid('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'program');
const net = require('node:net');
net.Socket.prototype.connect = function (...args) {
  record('network', 'net.Socket.connect', JSON.stringify(args[0]).slice(0, 200));
  throw new Error('Copydesk test: sockets may not connect here');
};
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (input) => {
    record('network', 'fetch', String(input));
    throw new Error('Copydesk test: fetch is not allowed here');
  };
}

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (!request.startsWith('node:') && !Module.builtinModules.includes(request)) record('module', 'require', request);
  return load.apply(this, arguments);
};
