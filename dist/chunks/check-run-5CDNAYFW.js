import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
} from "./chunk-6HIENKVJ.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-YRN3DG54.js";
import "./chunk-VBSNLJL2.js";
import "./chunk-OQQ72XAH.js";
import "./chunk-J3BZZ7N3.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";
export {
  ANNOTATIONS_PER_REQUEST,
  checkRunContent
};
