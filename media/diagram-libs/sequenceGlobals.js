// The free variables js-sequence-diagrams reads (esbuild `inject`).
import assignIn from 'lodash/assignIn';
import bind from 'lodash/bind';
import defaults from 'lodash/defaults';
import every from 'lodash/every';
import forEach from 'lodash/forEach';
import isArray from 'lodash/isArray';
import isEmpty from 'lodash/isEmpty';
import isFinite from 'lodash/isFinite';
import isString from 'lodash/isString';

export const _ = { bind, defaults, each: forEach, every, extend: assignIn, isArray, isEmpty, isFinite, isString };
export const Raphael = globalThis.Raphael;
