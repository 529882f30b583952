/**
 * @workshop-kit/types/interop — importers (frab/pretalx JSON and XML, Sessionize, CSV) and exporters
 * (iCalendar, schema.org JSON-LD, deadline feeds, frab schedule.json). Pure functions; no I/O.
 */

export { type CsvImportOptions, importCsv, parseCsv } from "./csv";
export {
  aggregatorTime,
  aggregatorZone,
  type DeadlineFeedEntry,
  type DeadlineFeedOptions,
  deadlineFeed,
  deadlineFeedYaml,
} from "./deadline-feed";
export { type FrabImportOptions, importFrabJson, importFrabXml } from "./frab";
export {
  editionToFrab,
  editionToFrabJson,
  type FrabDay,
  type FrabEvent,
  type FrabExportOptions,
  type FrabSchedule,
  frabAcronym,
} from "./frab-export";
export { type EditionCalendarOptions, editionCalendar } from "./ics";
export {
  type EditionJsonLdOptions,
  editionJsonLd,
  editionJsonLdWarnings,
  type JsonLdAttendanceMode,
  type JsonLdDocument,
  type JsonLdEvent,
  type JsonLdOrganization,
  type JsonLdPerson,
  type JsonLdPlace,
  type JsonLdVirtualLocation,
} from "./jsonld";
export { jsonLdScriptText } from "./script-text";
export { importSessionize, type SessionizeImportOptions } from "./sessionize";
export { ImportError, type ImportNote, type ImportResult, isoWithOffset } from "./shared";
export { uuidV5 } from "./uuid";
export { decodeEntities, escapeXml, parseXml, type XmlElement, XmlError } from "./xml";
export { editionToYaml } from "./yaml-out";
