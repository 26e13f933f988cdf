export * from "./extraction.js";
export * from "./verdict.js";
export * from "./names.js";
export * from "./text.js";
