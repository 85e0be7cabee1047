declare namespace App {
  interface Locals {
    /** The page's route data (src/route-data.ts), set by the page before anything renders. */
    route: import('./route-data.ts').RouteData;
  }
}
