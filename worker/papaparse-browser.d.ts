// papaparse's Node entry (papaparse.js) requires 'stream' for its Node duplex API, which the
// Worker never uses and workerd cannot load; its browser build has the same API without it.
declare module 'papaparse/papaparse.min.js' {
  import Papa from 'papaparse';
  export default Papa;
}
