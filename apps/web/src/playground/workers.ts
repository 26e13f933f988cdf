// Monaco's workers (editor, JSON for variables/results, GraphQL for the query editor), bundled by
// Vite through `?worker` so the playground works offline under a CSP of `worker-src 'self' blob:`.
// This mirrors graphiql/setup-workers/vite, but as our source: imported from a dependency, the
// `?worker` imports break Vite's dev-server dependency pre-bundling.
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

(globalThis as { MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker } }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === "json") return new JsonWorker();
    if (label === "graphql") return new GraphQLWorker();
    return new EditorWorker();
  },
};
