import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout";
import { RouteError } from "./components/RouteError";
import { ArticleRoute } from "./routes/article/ArticleRoute";
import { ClaimRoute } from "./routes/claim/ClaimRoute";
import { ClaimsRoute } from "./routes/claims/ClaimsRoute";
import { IngestRoute } from "./routes/ingest/IngestRoute";
import { KeysRoute } from "./routes/keys/KeysRoute";
import { SignInRoute } from "./routes/sign-in/SignInRoute";
import { NotFoundRoute } from "./routes/NotFoundRoute";
import { OverviewRoute } from "./routes/overview/OverviewRoute";
import { PersonRoute } from "./routes/person/PersonRoute";
import { QuotesRoute } from "./routes/quotes/QuotesRoute";

export const router = createBrowserRouter([
  {
    element: <Layout />,
    // Errors in the shell itself; page errors are caught below so the navigation stays usable.
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewRoute /> },
          { path: "articles/:id", element: <ArticleRoute /> },
          { path: "people/:id", element: <PersonRoute /> },
          { path: "claims", element: <ClaimsRoute /> },
          { path: "claims/:id", element: <ClaimRoute /> },
          { path: "quotes", element: <QuotesRoute /> },
          { path: "ingest", element: <IngestRoute /> },
          { path: "sign-in", element: <SignInRoute /> },
          { path: "keys", element: <KeysRoute /> },
          { path: "*", element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);
