import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLogExportQuery, auditLogPage, auditLogQuery } from '../../../domain/contracts/audit.ts';
import { errorResponse } from '../../../domain/contracts/common.ts';
import type { AppDeps } from '../../platform/app-deps.ts';
import { actorOf } from '../../platform/auth.ts';
import { sendTableExport } from '../../platform/table-export.ts';
import { auditLogColumns, exportAuditLog } from './export-audit-log.ts';
import { listAuditLog } from './list-audit-log.ts';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };

/** The audit log (NOT-4): its pages and its export, each caller within its reach (audit.policy.ts). */
export async function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/audit-log',
    {
      schema: {
        operationId: 'listAuditLog',
        tags: ['audit-log'],
        summary: 'Audit log entries the caller may read, newest first: who, when, what, before/after; keyset paging',
        querystring: auditLogQuery,
        response: { 200: auditLogPage, ...errors },
      },
    },
    async (request) => listAuditLog(deps, actorOf(request), request.query),
  );
  api.get(
    '/api/v1/audit-log/export',
    {
      schema: {
        operationId: 'exportAuditLog',
        tags: ['audit-log'],
        summary: 'The audit log with the same filters as CSV or XLSX, streamed (X-2)',
        querystring: auditLogExportQuery,
        response: {
          200: {
            description: 'CSV with a header row, or an XLSX workbook, streamed',
            content: {
              'text/csv': { schema: z.string() },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() },
            },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendTableExport(reply, format, {
        fileName: 'audit-log',
        columns: auditLogColumns,
        rows: exportAuditLog(deps, actorOf(request), filters),
      });
    },
  );
}
