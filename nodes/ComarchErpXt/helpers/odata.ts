import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ResourceDefinition } from './interfaces';
import { centralEuropeanOffsetMinutes, toErpDate } from './validation';

export type FilterOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'isEmpty' | 'isNotEmpty';
export type DateLiteralStyle = 'offset' | 'iso' | 'datetime';

export interface FilterCondition {
	field: string;
	operator: FilterOperator;
	value?: string;
}

/** OData string literal: single quotes, an embedded quote doubled (O'Brien → 'O''Brien'). */
export function quote(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

/** A property path as OData wants it; Address.City → Address/City. Anything else is refused. */
function propertyPath(this: IExecuteFunctions, field: string, itemIndex: number): string {
	const path = field.trim().replace(/\./g, '/');
	if (!/^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/.test(path)) {
		throw new NodeOperationError(this.getNode(), `"${field}" is not a field name ERP XT can filter or sort by`, {
			itemIndex,
		});
	}
	return path;
}

/**
 * A date as an OData literal. ERP XT does not document which it takes. Its dates are local
 * midnights with an offset (DateTimeOffset), so the default is the same form: the day's midnight in
 * ERP XT's time zone, 2024-06-01T00:00:00+02:00, which OData 4 compares with such fields. A bare
 * date (OData 4 Edm.Date) and OData 3's datetime'…' are offered for other servers.
 */
function dateLiteral(date: string, style: DateLiteralStyle): string {
	if (style === 'iso') return date;
	if (style === 'datetime') return `datetime'${date}T00:00:00'`;
	const minutes = centralEuropeanOffsetMinutes(new Date(`${date}T00:00:00Z`));
	return `${date}T00:00:00+${String(minutes / 60).padStart(2, '0')}:00`;
}

/**
 * The OData literal for a value. The field's type decides when known; for custom field names the
 * value decides (numbers, true/false, dates stay unquoted, the rest is a quoted string).
 */
export function literal(
	value: string,
	type: 'string' | 'number' | 'date' | 'boolean' | undefined,
	dateStyle: DateLiteralStyle,
): string {
	const text = value.trim();
	const date = toErpDate(text);
	const asDate = () => dateLiteral(date as string, dateStyle);
	if (type === 'string') return quote(value);
	if (type === 'date' && date) return asDate();
	if (type === 'number' || (type === undefined && /^-?\d+(\.\d+)?$/.test(text))) return text;
	if (type === 'boolean' || (type === undefined && /^(true|false)$/i.test(text))) return text.toLowerCase();
	if (type === undefined && date && text.length === 10) return asDate();
	return quote(value);
}

export function buildFilter(
	this: IExecuteFunctions,
	itemIndex: number,
	resource: ResourceDefinition,
	conditions: FilterCondition[],
	combine: 'and' | 'or',
	dateStyle: DateLiteralStyle,
): string | undefined {
	const parts = conditions.map((condition) => {
		const path = propertyPath.call(this, condition.field, itemIndex);
		if (condition.operator === 'isEmpty') return `${path} eq null`;
		if (condition.operator === 'isNotEmpty') return `${path} ne null`;
		const known = resource.filterFields.find((field) => field.value === condition.field);
		const value = String(condition.value ?? '');
		if (known?.type === 'number' && !/^-?\d+(\.\d+)?$/.test(value.trim())) {
			throw new NodeOperationError(this.getNode(), `Filter on ${known.name} needs a number, not "${value}"`, { itemIndex });
		}
		if (known?.type === 'boolean' && !/^(true|false)$/i.test(value.trim())) {
			throw new NodeOperationError(this.getNode(), `Filter on ${known.name} needs true or false, not "${value}"`, { itemIndex });
		}
		if (known?.type === 'date' && !toErpDate(value)) {
			throw new NodeOperationError(this.getNode(), `Filter on ${known.name} needs a date like 2024-06-05, not "${value}"`, {
				itemIndex,
			});
		}
		return `${path} ${condition.operator} ${literal(value, known?.type, dateStyle)}`;
	});
	return parts.length ? parts.join(` ${combine} `) : undefined;
}

export function buildOrderBy(
	this: IExecuteFunctions,
	itemIndex: number,
	sort: Array<{ field: string; direction: 'asc' | 'desc' }>,
): string | undefined {
	const keys = sort.map((entry) => `${propertyPath.call(this, entry.field, itemIndex)} ${entry.direction === 'desc' ? 'desc' : 'asc'}`);
	return keys.length ? keys.join(', ') : undefined;
}

/** Joins the builder's filter and a raw $filter so that both must hold. */
export function combineFilters(...filters: Array<string | undefined>): string | undefined {
	const present = filters.map((filter) => filter?.trim()).filter(Boolean) as string[];
	if (present.length <= 1) return present[0];
	return present.map((filter) => `(${filter})`).join(' and ');
}

export function listQuery(filter?: string, orderBy?: string): IDataObject {
	const qs: IDataObject = {};
	if (filter) qs.$filter = filter;
	if (orderBy) qs.$orderby = orderBy;
	return qs;
}
