declare namespace App {
  interface Locals {
    /** The page's route data (src/route-data.ts): set by the page, guarded by src/middleware.ts. */
    route: import('./route-data.ts').RouteData;
  }
}
