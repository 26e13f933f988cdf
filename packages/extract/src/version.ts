/** The engine's name and version, importable without loading the engine (the API's request thread needs only these). */
export const EXTRACTOR_NAME = "whosaid";
export const EXTRACTOR_VERSION = "0.17.0";
