import { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * An .xlsx is a zip. Its entries are found through the central directory at the end of the file,
 * never by reading the local entries front to back: other tools store xl/workbook.xml after the
 * sheets, and a front-to-back reader then meets a sheet before it knows the workbook (exceljs's
 * streaming reader failed on such files most of the time). The upload is in memory anyway; parts
 * are inflated on demand, the sheet as a stream so a highly compressed sheet never sits in memory.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

/** Thrown for a part too large to hold in memory (shared strings, styles, the workbook). */
export class ZipPartTooLargeError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;
const CHUNK_BYTES = 64 * 1024;

/** Entries by lower-case name without a leading slash (OPC part names ignore case). */
export function readZipEntries(buffer: Buffer): Map<string, ZipEntry> {
  const end = findEndOfDirectory(buffer);
  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  if (offset === MAX_32 || count === 0xffff) ({ count, offset } = zip64Directory(buffer, end));
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index += 1) {
    expectSignature(buffer, offset, DIRECTORY_ENTRY);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const name = buffer.toString("utf8", offset + 46, offset + 46 + nameLength);
    const sizes = {
      uncompressed: buffer.readUInt32LE(offset + 24),
      compressed: buffer.readUInt32LE(offset + 20),
      local: buffer.readUInt32LE(offset + 42),
    };
    readZip64Sizes(buffer.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength), sizes);
    const entry: ZipEntry = {
      name,
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      dataStart: localDataStart(buffer, sizes.local),
    };
    if (buffer.readUInt16LE(offset + 8) & 1) throw new Error(`encrypted zip entry ${name}`);
    if (entry.dataStart + entry.compressedSize > buffer.length)
      throw new Error(`truncated zip entry ${name}`);
    entries.set(name.replace(/^\//, "").toLowerCase(), entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A whole part, for the small ones; refuses to inflate beyond maxBytes. */
export function readZipEntry(buffer: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.uncompressedSize > maxBytes) throw new ZipPartTooLargeError(entry.name);
  const data = compressedData(buffer, entry);
  if (entry.method === STORED) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    // The declared size can lie; the inflater's own cap is what bounds memory.
    if (error instanceof RangeError) throw new ZipPartTooLargeError(entry.name);
    throw error;
  }
}

/** A part as a stream of chunks, for sheets of any size. */
export function zipEntryChunks(buffer: Buffer, entry: ZipEntry): AsyncIterable<Buffer> {
  const data = compressedData(buffer, entry);
  if (entry.method === STORED) {
    const chunks: Buffer[] = [];
    for (let start = 0; start < data.length; start += CHUNK_BYTES) {
      chunks.push(data.subarray(start, start + CHUNK_BYTES));
    }
    return Readable.from(chunks);
  }
  return Readable.from([data]).pipe(createInflateRaw({ chunkSize: CHUNK_BYTES }));
}

function compressedData(buffer: Buffer, entry: ZipEntry): Buffer {
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new Error(`unsupported compression ${entry.method} in ${entry.name}`);
  }
  return buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

function findEndOfDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= lowest; offset -= 1) {
    if (buffer.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw new Error("zip end of central directory not found");
}

function zip64Directory(buffer: Buffer, end: number): { count: number; offset: number } {
  const locator = end - 20;
  expectSignature(buffer, locator, ZIP64_LOCATOR);
  const record = Number(buffer.readBigUInt64LE(locator + 8));
  expectSignature(buffer, record, ZIP64_END_OF_DIRECTORY);
  return {
    count: Number(buffer.readBigUInt64LE(record + 32)),
    offset: Number(buffer.readBigUInt64LE(record + 48)),
  };
}

/** Sizes and offset saturated at 0xffffffff are in the zip64 extra field, in this order. */
function readZip64Sizes(extra: Buffer, sizes: { uncompressed: number; compressed: number; local: number }) {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ["uncompressed", "compressed", "local"] as const) {
        if (sizes[key] !== MAX_32 || field + 8 > at + 4 + size) continue;
        sizes[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    at += 4 + size;
  }
}

function localDataStart(buffer: Buffer, offset: number): number {
  expectSignature(buffer, offset, LOCAL_ENTRY);
  return offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
}

function expectSignature(buffer: Buffer, offset: number, signature: number): void {
  if (offset < 0 || offset + 4 > buffer.length || buffer.readUInt32LE(offset) !== signature) {
    throw new Error("malformed zip");
  }
}
