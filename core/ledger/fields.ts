import { FieldName, RegisterKind } from '../register/types';

/** How a field's cells are read. */
export type FieldType =
  | 'text'
  | 'code'
  | 'id'
  | 'docNo'
  | 'indexNo'
  | 'date'
  | 'number'
  | 'extension'
  | 'attribute'
  | 'channel'
  | 'applicantType'
  | 'resultType'
  | 'resultReason'
  | 'caseType'
  | 'caseResult';

/** The reader of each canonical field (contracts §3), per kind: a field of the record types missing here fails to compile. */
export const FIELD_TYPES: { readonly [K in RegisterKind]: Readonly<Record<FieldName<K>, FieldType>> } = {
  catalogue: {
    indexNo: 'indexNo',
    title: 'text',
    docNo: 'docNo',
    publisher: 'text',
    department: 'text',
    formedDate: 'date',
    submittedDate: 'date',
    publishedDate: 'date',
    attribute: 'attribute',
    withheldReason: 'text',
    legalBasis: 'text',
    topic: 'text',
    genre: 'text',
    summary: 'text',
    validity: 'text',
    abolishedDate: 'date',
    transferredDate: 'date',
    pages: 'number',
    copies: 'number',
    remarks: 'text',
  },
  applications: {
    appNo: 'code',
    receivedDate: 'date',
    channel: 'channel',
    applicantType: 'applicantType',
    applicantSubtype: 'text',
    applicantName: 'text',
    idType: 'text',
    idNumber: 'id',
    phone: 'code',
    address: 'text',
    content: 'text',
    department: 'text',
    correctionNoticeDate: 'date',
    correctionReceivedDate: 'date',
    consultSentDate: 'date',
    consultReplyDate: 'date',
    feeNoticeDate: 'date',
    feePaidDate: 'date',
    platformEntryDate: 'date',
    feeAmount: 'number',
    feeBasis: 'text',
    feePages: 'number',
    feePaidAmount: 'number',
    accessRoute: 'text',
    responsibleAgency: 'text',
    responsibleContact: 'text',
    extensionNoticeDate: 'date',
    extensionDays: 'extension',
    consultations: 'text',
    correctionDueDate: 'date',
    delayToDate: 'date',
    delayNoticeDate: 'date',
    replyDate: 'date',
    resultType: 'resultType',
    resultReason: 'resultReason',
    deliveryMethod: 'text',
    remarks: 'text',
  },
  appeals: {
    caseNo: 'code',
    appNo: 'code',
    caseType: 'caseType',
    filedDate: 'date',
    result: 'caseResult',
    closedDate: 'date',
  },
};

/** How a field is read in a sheet of the kind; undefined for a field of another kind. */
export function fieldType(kind: RegisterKind, field: FieldName): FieldType | undefined {
  const types: Readonly<Partial<Record<FieldName, FieldType>>> = FIELD_TYPES[kind];
  return types[field];
}

/** Fields that must be filled in every record (contracts §3); conditional ones are checked by kind. */
export const REQUIRED_FIELDS: { readonly [K in RegisterKind]: readonly FieldName<K>[] } = {
  catalogue: ['title', 'formedDate', 'attribute'],
  applications: ['receivedDate', 'applicantType'],
  appeals: ['caseType', 'filedDate'],
};

/** The field that identifies a record and must not repeat. */
export const ID_FIELD: { readonly [K in RegisterKind]: FieldName<K> } = {
  catalogue: 'indexNo',
  applications: 'appNo',
  appeals: 'caseNo',
};

/** Pairs (later, earlier) of dates whose order is impossible when later < earlier. */
export const DATE_ORDER: { readonly [K in RegisterKind]: readonly (readonly [FieldName<K>, FieldName<K>])[] } = {
  catalogue: [
    ['publishedDate', 'formedDate'],
    ['submittedDate', 'formedDate'],
    ['transferredDate', 'formedDate'],
    ['abolishedDate', 'formedDate'],
  ],
  applications: [
    ['replyDate', 'receivedDate'],
    ['correctionNoticeDate', 'receivedDate'],
    ['correctionReceivedDate', 'correctionNoticeDate'],
    ['correctionReceivedDate', 'receivedDate'],
    ['consultSentDate', 'receivedDate'],
    ['consultReplyDate', 'consultSentDate'],
    ['feeNoticeDate', 'receivedDate'],
    ['feePaidDate', 'feeNoticeDate'],
    ['extensionNoticeDate', 'receivedDate'],
    ['platformEntryDate', 'receivedDate'],
    ['correctionDueDate', 'correctionNoticeDate'],
    ['delayToDate', 'receivedDate'],
    ['delayNoticeDate', 'receivedDate'],
  ],
  appeals: [['closedDate', 'filedDate']],
};

/** Dates that may lie in the future (a document may be set to expire later). */
export const FUTURE_ALLOWED: ReadonlySet<FieldName> = new Set<FieldName>(['abolishedDate', 'correctionDueDate', 'delayToDate']);
