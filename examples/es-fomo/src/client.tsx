/**
 * Browser entry: read the page's data from the prerendered HTML and hydrate the same tree.
 */
import { hydrateRoot } from "react-dom/client";
import { App, type PageData } from "./app";
import "./site.css";

const root = document.getElementById("root");
const json = document.getElementById("page-data")?.textContent;
if (root && json) {
  const data = JSON.parse(json) as PageData;
  hydrateRoot(root, <App {...data} />);
}
