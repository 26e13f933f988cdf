import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { authorizationHeader, currentApiKey } from "../lib/apiKey";
import { exampleTabs } from "../lib/examples";
import "./playground.css";

// The API commits its example operations; the glob (not a plain import) lets the playground build
// before that file exists.
const examples = Object.values(
  import.meta.glob<string>("../../../api/examples.graphql", { query: "?raw", import: "default", eager: true }),
)[0];

const FALLBACK = `# Welcome to the whosaid GraphQL playground.
# The Docs panel (book icon) is the API reference. Run with Ctrl-Enter.

query RecentArticles {
  articles(first: 5) {
    edges {
      node {
        id
        title
        quotes {
          text
          speaker {
            name
          }
        }
      }
    }
  }
}
`;

const tabs = examples ? exampleTabs(examples) : [];
// Signed in on the dashboard: the playground sends the same key (its Headers tab can override it).
const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString(), headers: authorizationHeader(currentApiKey()) });

export function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={tabs[0]?.query ?? FALLBACK}
      defaultTabs={tabs.length > 0 ? tabs : [{ query: FALLBACK }]}
      defaultEditorToolsVisibility
    >
      <GraphiQL.Logo>
        <a href="/" className="whosaid-logo" title="Back to the whosaid dashboard">
          whosaid
        </a>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}
