// First: Monaco asks for its workers as soon as GraphiQL mounts an editor.
import "./workers";
import "graphiql/style.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
