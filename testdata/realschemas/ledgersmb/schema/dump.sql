--
-- PostgreSQL database dump
--

\restrict CfZRSDhgHrsOohAMhuQZOxDWnGbdnYLNBze2QJUQxGRKOplOVEfS0wi3Yy7hI6N

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: aa_transactions_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.aa_transactions_line AS (
	id integer,
	invoice boolean,
	entity_id integer,
	meta_number text,
	entity_name text,
	transdate date,
	invnumber text,
	ordnumber text,
	ponumber text,
	curr character(3),
	amount numeric,
	netamount numeric,
	tax numeric,
	paid numeric,
	due numeric,
	last_payment date,
	due_date date,
	notes text,
	till text,
	salesperson text,
	manager text,
	shipping_point text,
	ship_via text,
	business_units text[]
);


--
-- Name: account_config; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.account_config AS (
	id integer,
	accno text,
	description text,
	is_temp boolean,
	category character(1),
	gifi_accno text,
	heading integer,
	contra boolean,
	tax boolean,
	obsolete boolean,
	link text
);


--
-- Name: asset_class_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.asset_class_result AS (
	id integer,
	asset_account_id integer,
	asset_accno text,
	asset_description text,
	dep_account_id integer,
	dep_accno text,
	dep_description text,
	method text,
	method_id integer,
	label text
);


--
-- Name: asset_disposal_report_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.asset_disposal_report_line AS (
	id integer,
	tag text,
	description text,
	start_dep date,
	disposed_on date,
	dm character(1),
	purchase_value numeric,
	accum_depreciation numeric,
	disposal_amt numeric,
	adj_basis numeric,
	gain_loss numeric
);


--
-- Name: asset_nbv_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.asset_nbv_line AS (
	id integer,
	tag text,
	description text,
	begin_depreciation date,
	method text,
	remaining_life numeric,
	basis numeric,
	salvage_value numeric,
	through_date date,
	accum_depreciation numeric,
	net_book_value numeric
);


--
-- Name: asset_report_line_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.asset_report_line_result AS (
	tag text,
	start_depreciation date,
	purchase_value numeric,
	method_short_name text,
	usable_life numeric,
	basis numeric,
	prior_through date,
	prior_dep numeric,
	dep_this_time numeric,
	dep_ytd numeric,
	dep_total numeric,
	description text,
	purchase_date date
);


--
-- Name: asset_report_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.asset_report_result AS (
	id integer,
	report_date date,
	gl_id bigint,
	asset_class bigint,
	report_class integer,
	entered_by bigint,
	approved_by bigint,
	entered_at timestamp without time zone,
	approved_at timestamp without time zone,
	depreciated_qty numeric,
	dont_approve boolean,
	submitted boolean,
	total numeric
);


--
-- Name: balance_sheet_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.balance_sheet_line AS (
	account_id integer,
	account_number text,
	account_desc text,
	account_type character(1),
	account_category character(1),
	account_contra boolean,
	gifi_accno text,
	gifi_description text,
	balance numeric,
	heading_path integer[]
);


--
-- Name: batch_list_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.batch_list_item AS (
	id integer,
	batch_class text,
	control_code text,
	description text,
	created_by text,
	created_on date,
	default_date date,
	transaction_total numeric,
	payment_total numeric,
	lock_success boolean
);


--
-- Name: budget_info_ext; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.budget_info_ext AS (
	id integer,
	start_date date,
	end_date date,
	reference text,
	description text,
	entered_by integer,
	approved_by integer,
	obsolete_by integer,
	entered_at timestamp without time zone,
	approved_at timestamp without time zone,
	obsolete_at timestamp without time zone,
	entered_by_name text,
	approved_by_name text,
	obsolete_by_name text
);


--
-- Name: TYPE budget_info_ext; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.budget_info_ext IS ' This is the base budget_info type.  In 1.4, it will be renamed budget and
include an array of lines, but since we support 8.3, we cannot do that.

The id, start_date, end_date, reference, description, entered_by, approved_by,
entered_at, and approved_at fields reference the budget_info table.  The other
two fields refer to the possible joins. ';


--
-- Name: budget_line_details; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.budget_line_details AS (
	budget_id integer,
	account_id integer,
	description text,
	amount numeric,
	accno text,
	acc_desc text,
	debit numeric,
	credit numeric
);


--
-- Name: budget_variance_report; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.budget_variance_report AS (
	accno text,
	account_label text,
	account_id integer,
	budget_description text,
	budget_amount numeric,
	used_amount numeric,
	variance numeric
);


--
-- Name: TYPE budget_variance_report; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.budget_variance_report IS ' This is the base type for the budget variance report.';


--
-- Name: business_unit_short; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.business_unit_short AS (
	id integer,
	control_code text,
	description text,
	start_date date,
	end_date date,
	parent_id integer,
	path integer[],
	level integer
);


--
-- Name: cash_summary_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.cash_summary_item AS (
	account_id integer,
	accno text,
	is_heading boolean,
	description text,
	document_type text,
	debits numeric,
	credits numeric
);


--
-- Name: coa_entry; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.coa_entry AS (
	id integer,
	is_heading boolean,
	accno text,
	description text,
	gifi text,
	debit_balance numeric,
	credit_balance numeric,
	rowcount bigint,
	link text
);


--
-- Name: company_billing_info; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.company_billing_info AS (
	name text,
	meta_number text,
	control_code text,
	cash_account_id integer,
	tax_id text,
	street1 text,
	street2 text,
	street3 text,
	city text,
	state text,
	mail_code text,
	country text
);


--
-- Name: company_entity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.company_entity AS (
	entity_id integer,
	entity_class integer,
	legal_name text,
	tax_id text,
	sales_tax_id text,
	license_number text,
	sic_code character varying,
	control_code text,
	country_id integer
);


--
-- Name: contact_list; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.contact_list AS (
	class text,
	class_id integer,
	description text,
	contact text
);


--
-- Name: contact_search_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.contact_search_result AS (
	entity_id integer,
	entity_control_code text,
	entity_credit_id integer,
	meta_number text,
	credit_description text,
	entity_class integer,
	name text,
	sic_code text,
	business_type text,
	curr text
);


--
-- Name: draft_search_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.draft_search_result AS (
	id integer,
	transdate date,
	invoice boolean,
	reference text,
	description text,
	type text,
	amount numeric
);


--
-- Name: eca__pricematrix; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.eca__pricematrix AS (
	parts_id integer,
	int_partnumber text,
	description text,
	credit_id integer,
	pricebreak numeric,
	sellprice numeric,
	lastcost numeric,
	leadtime integer,
	partnumber text,
	validfrom date,
	validto date,
	curr character(3),
	entry_id integer,
	qty numeric
);


--
-- Name: eca_history_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.eca_history_result AS (
	id integer,
	name text,
	meta_number text,
	inv_id integer,
	invnumber text,
	curr text,
	parts_id integer,
	partnumber text,
	description text,
	qty numeric,
	unit text,
	sellprice numeric,
	discount numeric,
	delivery_date date,
	serialnumber text,
	exchangerate numeric,
	salesperson_id integer,
	salesperson_name text
);


--
-- Name: employee_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.employee_result AS (
	entity_id integer,
	control_code text,
	person_id integer,
	salutation text,
	salutation_id integer,
	first_name text,
	middle_name text,
	last_name text,
	is_manager boolean,
	start_date date,
	end_date date,
	role character varying(20),
	ssn text,
	sales boolean,
	manager_id integer,
	manager_first_name text,
	manager_last_name text,
	employeenumber character varying(32),
	dob date,
	country_id integer
);


--
-- Name: entity_credit_retrieve; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.entity_credit_retrieve AS (
	id integer,
	entity_id integer,
	entity_class integer,
	discount numeric,
	discount_terms integer,
	taxincluded boolean,
	creditlimit numeric,
	terms smallint,
	meta_number text,
	description text,
	business_id integer,
	language_code text,
	pricegroup_id integer,
	curr text,
	startdate date,
	enddate date,
	ar_ap_account_id integer,
	cash_account_id integer,
	discount_account_id integer,
	threshold numeric,
	control_code text,
	credit_id integer,
	pay_to_name text,
	taxform_id integer
);


--
-- Name: entity_credit_search_return; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.entity_credit_search_return AS (
	legal_name text,
	id integer,
	entity_id integer,
	entity_control_code text,
	entity_class integer,
	discount numeric,
	taxincluded boolean,
	creditlimit numeric,
	terms smallint,
	meta_number text,
	credit_description text,
	business_id integer,
	language_code text,
	pricegroup_id integer,
	curr character(3),
	startdate date,
	enddate date,
	ar_ap_account_id integer,
	cash_account_id integer,
	tax_id text,
	threshold numeric
);


--
-- Name: TYPE entity_credit_search_return; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.entity_credit_search_return IS ' This may change in 1.4 and should not be relied upon too much ';


--
-- Name: entity_note_list; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.entity_note_list AS (
	id integer,
	note_class integer,
	note text
);


--
-- Name: file_list_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.file_list_item AS (
	mime_type text,
	file_name text,
	description text,
	uploaded_by_id integer,
	uploaded_by_name text,
	uploaded_at timestamp without time zone,
	id integer,
	ref_key integer,
	file_class integer,
	content bytea
);


--
-- Name: general_balance_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.general_balance_line AS (
	account_id integer,
	account_accno text,
	account_description text,
	starting_balance numeric,
	debits numeric,
	credits numeric,
	final_balance numeric
);


--
-- Name: gl_report_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.gl_report_item AS (
	id integer,
	type text,
	invoice boolean,
	reference text,
	description text,
	transdate date,
	source text,
	amount numeric,
	accno text,
	gifi_accno text,
	till text,
	cleared boolean,
	memo text,
	accname text,
	chart_id integer,
	entry_id integer,
	running_balance numeric,
	business_units integer[]
);


--
-- Name: goods_search_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.goods_search_result AS (
	partnumber text,
	id integer,
	description text,
	onhand numeric,
	unit text,
	priceupdate date,
	partsgroup text,
	listprice numeric,
	sellprice numeric,
	lastcost numeric,
	avgcost numeric,
	markup numeric,
	bin text,
	rop numeric,
	weight numeric,
	notes text,
	image text,
	drawing text,
	microfische text,
	make text,
	model text
);


--
-- Name: incoming_lot_cogs_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.incoming_lot_cogs_line AS (
	id integer,
	trans_id integer,
	invnumber text,
	transdate date,
	parts_id integer,
	partnumber text,
	description text,
	qty numeric,
	allocated numeric,
	onhand numeric,
	sellprice numeric,
	total_value numeric,
	cogs_sold numeric
);


--
-- Name: inv_activity_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.inv_activity_line AS (
	id integer,
	description text,
	partnumber text,
	sold numeric,
	revenue numeric,
	purchased numeric,
	cost numeric,
	used numeric,
	assembled numeric,
	adjusted numeric
);


--
-- Name: journal_search_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.journal_search_result AS (
	id bigint,
	reference text,
	description text,
	entry_type integer,
	transaction_date date,
	approved boolean,
	is_template boolean,
	meta_number text,
	entity_name text,
	entity_class text,
	nextdate date
);


--
-- Name: location_class_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.location_class_item AS (
	id integer,
	class text,
	authoritative boolean,
	entity_classes integer[]
);


--
-- Name: location_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.location_result AS (
	id integer,
	line_one text,
	line_two text,
	line_three text,
	city text,
	state text,
	mail_code text,
	country_id integer,
	country text,
	location_class integer,
	class text
);


--
-- Name: lsmb_date_fields; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.lsmb_date_fields AS (
	century double precision,
	decade double precision,
	year double precision,
	month double precision,
	day double precision,
	hour double precision,
	minute double precision,
	second double precision,
	quarter double precision,
	doy double precision,
	dow double precision,
	week double precision,
	epoch double precision,
	as_date date,
	as_time time without time zone
);


--
-- Name: menu_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.menu_item AS (
	"position" integer,
	id integer,
	level integer,
	label character varying,
	path character varying,
	parent integer,
	args text[]
);


--
-- Name: order_search_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.order_search_line AS (
	id integer,
	ordnumber text,
	transdate date,
	reqdate date,
	amount numeric,
	legal_name text,
	netamount numeric,
	entity_credit_account integer,
	closed boolean,
	quonumber text,
	shippingpoint text,
	exchangerate numeric,
	shipvia text,
	employee text,
	manager text,
	curr character(3),
	ponumber text,
	meta_number text,
	entity_id integer
);


--
-- Name: overpayment_list_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.overpayment_list_item AS (
	payment_id integer,
	entity_name text,
	available numeric,
	transdate date,
	amount numeric
);


--
-- Name: part_at_date; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.part_at_date AS (
	parts_id integer,
	partnumber text,
	expected numeric
);


--
-- Name: partial_disposal_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.partial_disposal_line AS (
	id integer,
	tag text,
	begin_depreciation date,
	purchase_value numeric,
	description text,
	disposal_date date,
	percent_disposed numeric,
	disposed_acquired_value numeric,
	percent_remaining numeric,
	remaining_aquired_value numeric
);


--
-- Name: parts_history_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.parts_history_result AS (
	id integer,
	partnumber text,
	transdate date,
	description text,
	bin text,
	ord_id integer,
	ordnumber text,
	ordtype text,
	meta_number text,
	name text,
	sellprice numeric,
	qty numeric,
	discount numeric,
	serial_number text
);


--
-- Name: payment_contact_invoice; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_contact_invoice AS (
	contact_id integer,
	econtrol_code text,
	eca_description text,
	contact_name text,
	account_number text,
	total_due numeric,
	invoices text[],
	has_vouchers bigint,
	got_lock boolean
);


--
-- Name: payment_header_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_header_item AS (
	payment_id integer,
	payment_reference text,
	payment_date date,
	legal_name text,
	amount numeric,
	employee_first_name text,
	employee_last_name text,
	currency character(3),
	notes text
);


--
-- Name: payment_invoice; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_invoice AS (
	invoice_id integer,
	invnumber text,
	invoice boolean,
	invoice_date date,
	amount numeric,
	amount_fx numeric,
	discount numeric,
	discount_fx numeric,
	due numeric,
	due_fx numeric,
	exchangerate numeric
);


--
-- Name: payment_line_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_line_item AS (
	payment_id integer,
	entry_id integer,
	link_type integer,
	trans_id integer,
	invoice_number text,
	chart_id integer,
	chart_accno text,
	chart_description text,
	amount numeric,
	trans_date date,
	source text,
	cleared boolean,
	fx_transaction boolean,
	memo text,
	invoice_id integer,
	approved boolean,
	cleared_on date,
	reconciled_on date
);


--
-- Name: payment_location_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_location_result AS (
	id integer,
	line_one text,
	line_two text,
	line_three text,
	city text,
	state text,
	mail_code text,
	country text,
	class text
);


--
-- Name: payment_open_account; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_open_account AS (
	id integer,
	name text,
	entity_class integer
);


--
-- Name: payment_overpayments_available_amount; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_overpayments_available_amount AS (
	chart_id integer,
	accno text,
	description text,
	available numeric
);


--
-- Name: payment_record; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_record AS (
	amount numeric,
	meta_number text,
	credit_id integer,
	company_paid text,
	accounts text[],
	source text,
	batch_control text,
	batch_description text,
	voucher_id integer,
	date_paid date
);


--
-- Name: payment_vc_info; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.payment_vc_info AS (
	id integer,
	name text,
	entity_class integer,
	discount integer,
	meta_number character varying(32)
);


--
-- Name: person_entity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.person_entity AS (
	entity_id integer,
	control_code text,
	name text,
	country_id integer,
	country_name text,
	first_name text,
	middle_name text,
	last_name text,
	entity_class integer,
	birthdate date,
	personal_id text
);


--
-- Name: pnl_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pnl_line AS (
	account_id integer,
	account_number text,
	account_description text,
	account_type character(1),
	account_category character(1),
	gifi text,
	gifi_description text,
	contra boolean,
	amount numeric,
	heading_path integer[]
);


--
-- Name: purchase_info; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.purchase_info AS (
	id integer,
	invoice boolean,
	invnumber text,
	ordnumber text,
	ponumber text,
	transdate date,
	entity_name text,
	meta_number text,
	entity_id integer,
	amount numeric,
	amount_paid numeric,
	tax numeric,
	currency character(3),
	due_date date,
	notes text,
	shipping_point text,
	ship_via text,
	business_units text[]
);


--
-- Name: recon_accounts; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.recon_accounts AS (
	name text,
	accno text,
	id integer
);


--
-- Name: recon_payee_days; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.recon_payee_days AS (
	id bigint,
	days integer
);


--
-- Name: report_aging_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.report_aging_item AS (
	entity_id integer,
	account_number character varying(24),
	name text,
	contact_name text,
	invnumber text,
	transdate date,
	till character varying(20),
	ordnumber text,
	ponumber text,
	notes text,
	c0 numeric,
	c30 numeric,
	c60 numeric,
	c90 numeric,
	duedate date,
	id integer,
	curr character(3),
	exchangerate numeric,
	line_items text[],
	age integer
);


--
-- Name: robot_entity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.robot_entity AS (
	entity_id integer,
	control_code text,
	name text,
	country_id integer,
	country_name text,
	first_name text,
	middle_name text,
	last_name text,
	entity_class integer
);


--
-- Name: session_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.session_result AS (
	id integer,
	username text,
	last_used timestamp without time zone,
	locks_active bigint
);


--
-- Name: tax_form_list; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.tax_form_list AS (
	id integer,
	form_name text,
	country_name text,
	default_reportable boolean,
	is_accrual boolean
);


--
-- Name: tax_form_report_detail_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.tax_form_report_detail_item AS (
	credit_id integer,
	legal_name text,
	entity_id integer,
	entity_class integer,
	control_code text,
	meta_number character varying(32),
	acc_sum numeric,
	invoice_sum numeric,
	total_sum numeric,
	invnumber text,
	duedate text,
	invoice_id integer
);


--
-- Name: tax_form_report_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.tax_form_report_item AS (
	credit_id integer,
	legal_name text,
	entity_id integer,
	entity_class integer,
	control_code text,
	meta_number character varying(32),
	acc_sum numeric,
	invoice_sum numeric,
	total_sum numeric
);


--
-- Name: taxform_list; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.taxform_list AS (
	id integer,
	form_name text,
	country_id integer,
	country_name text,
	default_reportable boolean,
	is_accrual boolean
);


--
-- Name: tb_row; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.tb_row AS (
	account_id integer,
	account_number text,
	account_desc text,
	gifi_accno text,
	starting_balance numeric,
	debits numeric,
	credits numeric,
	ending_balance numeric,
	ending_balance_debit numeric,
	ending_balance_credit numeric
);


--
-- Name: timecard_report_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.timecard_report_line AS (
	id integer,
	description text,
	qty numeric,
	allocated numeric,
	checkedin time without time zone,
	checkedout time without time zone,
	transdate date,
	weekday double precision,
	workweek double precision,
	weekstarting date,
	partnumber text,
	business_unit_code text,
	business_unit_description text,
	employeenumber text,
	employee text,
	parts_id integer,
	sellprice numeric
);


--
-- Name: tree_record; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.tree_record AS (
	t integer[]
);


--
-- Name: trial_balance__entry; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.trial_balance__entry AS (
	id integer,
	date_from date,
	date_to date,
	description text,
	yearend text,
	heading_id integer,
	accounts integer[]
);


--
-- Name: trial_balance__heading; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.trial_balance__heading AS (
	id integer,
	accno text,
	description text,
	accounts integer[]
);


--
-- Name: trial_balance_line; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.trial_balance_line AS (
	chart_id integer,
	accno text,
	description text,
	beginning_balance numeric,
	credits numeric,
	debits numeric,
	ending_balance numeric
);


--
-- Name: user_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.user_result AS (
	id integer,
	username text,
	first_name text,
	last_name text,
	ssn text,
	dob date
);


--
-- Name: voucher_list; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.voucher_list AS (
	id integer,
	invoice boolean,
	reference text,
	description text,
	batch_id integer,
	transaction_id integer,
	amount numeric,
	transaction_date date,
	batch_class text,
	batch_class_id integer
);


--
-- Name: _entity_location_save(integer, integer, integer, text, text, text, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public._entity_location_save(in_entity_id integer, in_location_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        l_row location;
        l_id INT;
        t_company_id int;
    BEGIN
        SELECT id INTO t_company_id
        FROM company WHERE entity_id = in_entity_id;

        DELETE FROM entity_to_location
        WHERE entity_id = in_entity_id
                AND location_class = in_location_class
                AND location_id = in_location_id;

        SELECT location_save(NULL, in_line_one, in_line_two, in_line_three, in_city,
                in_state, in_mail_code, in_country_id)
        INTO l_id;

        INSERT INTO entity_to_location
                (entity_id, location_class, location_id)
        VALUES  (in_entity_id, in_location_class, l_id);

        RETURN l_id;
    END;

$$;


--
-- Name: FUNCTION _entity_location_save(in_entity_id integer, in_location_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public._entity_location_save(in_entity_id integer, in_location_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer) IS ' Private method for storing locations to an entity.  Do not call directly.
Returns the location id that was inserted or updated.';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_heading; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_heading (
    id integer NOT NULL,
    accno text NOT NULL,
    parent_id integer,
    description text,
    category character(1),
    CONSTRAINT account_heading_category_check CHECK ((category = ANY (ARRAY['A'::bpchar, 'L'::bpchar, 'Q'::bpchar, 'I'::bpchar, 'E'::bpchar])))
);


--
-- Name: TABLE account_heading; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.account_heading IS '
This table holds the account headings in the system.  Each account must belong
to a heading, and a heading can belong to another heading.  In this way it is
possible to nest accounts for reporting purposes.';


--
-- Name: COLUMN account_heading.category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.account_heading.category IS '
Same as the column account.category, except that if NULL the category
is automatically derived from the linked accounts.
';


--
-- Name: account__all_headings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__all_headings() RETURNS SETOF public.account_heading
    LANGUAGE sql
    AS $$
SELECT * FROM account_heading ORDER BY accno;
$$;


--
-- Name: account__delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__delete(in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    /* We only allow deletion of unused accounts.
       Any account_checkpoint rows remaining will cause the final
       DELETE FROM account to fail and this operation to be rolled back.
     */
    DELETE FROM account_checkpoint
    WHERE account_id = in_id
    AND amount = 0
    AND debits = 0
    AND credits = 0;

    DELETE FROM tax WHERE chart_id = in_id;
    DELETE FROM account_link WHERE account_id = in_id;
    DELETE FROM account WHERE id = in_id;
    RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION account__delete(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__delete(in_id integer) IS ' This deletes an account with the id specified.  If the account has
transactions associated with it, it will fail and raise a foreign key constraint.
';


--
-- Name: account__delete_translation(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__delete_translation(in_id integer, in_language_code text) RETURNS void
    LANGUAGE sql
    AS $_$
   DELETE FROM account_translation
    WHERE trans_id = $1
      AND language_code = $2;
$_$;


--
-- Name: FUNCTION account__delete_translation(in_id integer, in_language_code text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__delete_translation(in_id integer, in_language_code text) IS 'Deletes the translation for the account+language combination.';


--
-- Name: account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account (
    id integer NOT NULL,
    accno text NOT NULL,
    description text,
    is_temp boolean DEFAULT false NOT NULL,
    category character(1) NOT NULL,
    gifi_accno text,
    heading integer NOT NULL,
    contra boolean DEFAULT false NOT NULL,
    tax boolean DEFAULT false NOT NULL,
    obsolete boolean DEFAULT false NOT NULL,
    CONSTRAINT account_category_check CHECK ((category = ANY (ARRAY['A'::bpchar, 'L'::bpchar, 'Q'::bpchar, 'I'::bpchar, 'E'::bpchar])))
);


--
-- Name: TABLE account; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.account IS ' This table stores the main account info.';


--
-- Name: COLUMN account.is_temp; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.account.is_temp IS ' Only affects equity accounts.  If set, close at end of year. ';


--
-- Name: COLUMN account.category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.account.category IS ' A=asset,L=liability,Q=Equity,I=Income,E=expense ';


--
-- Name: account__get_by_link_desc(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__get_by_link_desc(in_description text) RETURNS SETOF public.account
    LANGUAGE sql
    AS $_$
SELECT * FROM account
WHERE id IN (SELECT account_id FROM account_link WHERE description = $1);
$_$;


--
-- Name: FUNCTION account__get_by_link_desc(in_description text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__get_by_link_desc(in_description text) IS ' Gets a list of accounts with a specific link description set.  For example,
for a dropdown list.';


--
-- Name: account__get_from_accno(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__get_from_accno(in_accno text) RETURNS public.account
    LANGUAGE sql
    AS $_$
     select * from account where accno = $1;
$_$;


--
-- Name: FUNCTION account__get_from_accno(in_accno text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__get_from_accno(in_accno text) IS ' Returns the account where the accno field matches (excatly) the
in_accno provided.';


--
-- Name: account__get_taxes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__get_taxes() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
SELECT * FROM account
 WHERE tax is true
ORDER BY accno;
$$;


--
-- Name: FUNCTION account__get_taxes(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__get_taxes() IS ' Returns set of accounts where the tax attribute is true.';


--
-- Name: account__is_recon(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__is_recon(in_accno text) RETURNS boolean
    LANGUAGE sql
    AS $_$ SELECT count(*) > 0
     FROM cr_coa_to_account c2a
     JOIN account ON account.id = c2a.chart_id
    WHERE accno = $1; $_$;


--
-- Name: FUNCTION account__is_recon(in_accno text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__is_recon(in_accno text) IS ' Returns true if account is set up for reconciliation, false otherwise.
Note that returns false on invalid account number too';


--
-- Name: account__list_by_heading(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__list_by_heading() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
SELECT * FROM account ORDER BY heading;
$$;


--
-- Name: translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.translation (
    trans_id integer NOT NULL,
    language_code character varying(6) NOT NULL,
    description text
);


--
-- Name: TABLE translation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.translation IS 'abstract table for manual translation data. Should have zero rows.';


--
-- Name: account_translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_translation (
)
INHERITS (public.translation);


--
-- Name: TABLE account_translation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.account_translation IS 'Translations for account descriptions.';


--
-- Name: account__list_translations(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__list_translations(in_id integer) RETURNS SETOF public.account_translation
    LANGUAGE sql
    AS $_$
   SELECT * FROM account_translation WHERE trans_id = $1;
$_$;


--
-- Name: FUNCTION account__list_translations(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__list_translations(in_id integer) IS 'Returns the list of translations for the given account.';


--
-- Name: account__obtain_balance(date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__obtain_balance(in_transdate date, in_account_id integer) RETURNS numeric
    LANGUAGE sql
    AS $$
WITH cp AS (
  SELECT amount, end_date, account_id
    FROM account_checkpoint
   WHERE account_id = in_account_id
     AND end_date <= in_transdate
ORDER BY end_date DESC LIMIT 1
),
ac AS (
  SELECT acc_trans.amount
    FROM acc_trans
    JOIN (select id from ar where approved
          union select id from ap where approved
          union select id from gl where approved) a on acc_trans.trans_id = a.id
  LEFT JOIN cp ON acc_trans.chart_id = cp.account_id
   WHERE (cp.end_date IS NULL OR transdate > cp.end_date)
     AND transdate <= in_transdate
     AND chart_id = in_account_id)

 SELECT coalesce((select sum(amount)
                    from (select sum(amount) as amount from cp
                          union all
                          select sum(amount) from ac) as a),
                 0);
$$;


--
-- Name: FUNCTION account__obtain_balance(in_transdate date, in_account_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__obtain_balance(in_transdate date, in_account_id integer) IS 'Returns the account balance at a given point in time, calculating forward
from most recent check point.  This function is inclusive of in_transdate.  For
an exclusive function see account__obtain_starting_balance below.';


--
-- Name: account__obtain_starting_balance(date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__obtain_starting_balance(in_transdate date, in_account_id integer) RETURNS numeric
    LANGUAGE sql
    AS $_$
SELECT account__obtain_balance($1 - 1, $2);
$_$;


--
-- Name: account__save(integer, text, text, character, text, integer, boolean, boolean, text[], boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__save(in_id integer, in_accno text, in_description text, in_category character, in_gifi_accno text, in_heading integer, in_contra boolean, in_tax boolean, in_link text[], in_obsolete boolean, in_is_temp boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
        t_heading_id int;
        t_link record;
        t_id int;
        t_tax bool;
BEGIN

    SELECT count(*) > 0 INTO t_tax FROM tax WHERE in_id = chart_id;
    t_tax := t_tax OR in_tax;
        -- check to ensure summary accounts are exclusive
        -- necessary for proper handling by legacy code
    FOR t_link IN SELECT description FROM account_link_description
    WHERE summary='t'
        LOOP
                IF t_link.description = ANY (in_link) and array_upper(in_link, 1) > 1 THEN
                        RAISE EXCEPTION 'Invalid link settings:  Summary';
                END IF;
        END LOOP;
        -- heading settings
        IF in_heading IS NULL THEN
                SELECT id INTO t_heading_id FROM account_heading
                WHERE accno < in_accno order by accno desc limit 1;
        ELSE
                t_heading_id := in_heading;
        END IF;

    -- don't remove custom links.
        DELETE FROM account_link
        WHERE account_id = in_id
              and description in ( select description
                                    from  account_link_description
                                    where custom = 'f');

        UPDATE account
        SET accno = in_accno,
                description = in_description,
                category = in_category,
                gifi_accno = in_gifi_accno,
                heading = t_heading_id,
                contra = in_contra,
                obsolete = coalesce(in_obsolete,'f'),
                tax = t_tax,
                is_temp = coalesce(in_is_temp,'f')
        WHERE id = in_id;

        IF FOUND THEN
                t_id := in_id;
        ELSE
                -- can't obsolete on insert, but this can be changed if users
                -- request it --CT
                INSERT INTO account (accno, description, category, gifi_accno,
                        heading, contra, tax, is_temp)
                VALUES (in_accno, in_description, in_category, in_gifi_accno,
                        t_heading_id, in_contra, in_tax, coalesce(in_is_temp, 'f'));

                t_id := currval('account_id_seq');
        END IF;

        FOR t_link IN
                select in_link[generate_series] AS val
                FROM generate_series(array_lower(in_link, 1),
                        array_upper(in_link, 1))
        LOOP
                INSERT INTO account_link (account_id, description)
                VALUES (t_id, t_link.val);
        END LOOP;


        RETURN t_id;
END;
$$;


--
-- Name: FUNCTION account__save(in_id integer, in_accno text, in_description text, in_category character, in_gifi_accno text, in_heading integer, in_contra boolean, in_tax boolean, in_link text[], in_obsolete boolean, in_is_temp boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__save(in_id integer, in_accno text, in_description text, in_category character, in_gifi_accno text, in_heading integer, in_contra boolean, in_tax boolean, in_link text[], in_obsolete boolean, in_is_temp boolean) IS ' This deletes existing account_link entries, where the
account_link.description is not designated as a custom one in the
account_link_description table.

If no account heading is provided, the account heading which has an accno field
closest to but prior (by collation order) is used.

Then it saves the account information, and rebuilds the account_link records
based on the in_link array.
';


--
-- Name: account__save_tax(integer, date, numeric, numeric, numeric, text, integer, integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__save_tax(in_chart_id integer, in_validto date, in_rate numeric, in_minvalue numeric, in_maxvalue numeric, in_taxnumber text, in_pass integer, in_taxmodule_id integer, in_old_validto date) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        UPDATE tax SET validto = in_validto,
               rate = in_rate,
               minvalue = in_minvalue,
               maxvalue = in_maxvalue,
               taxnumber = in_taxnumber,
               pass = in_pass,
               taxmodule_id = in_taxmodule_id
         WHERE chart_id = in_chart_id and validto = in_old_validto;

         IF FOUND THEN
             return true;
         END IF;

         INSERT INTO tax(chart_id, validto, rate, minvalue, maxvalue, taxnumber,
                        pass, taxmodule_id)
         VALUES (in_chart_id, in_validto, in_rate, in_minvalue, in_maxvalue,
                in_taxnumber, in_pass, in_taxmodule_id);

         RETURN TRUE;

END;
$$;


--
-- Name: FUNCTION account__save_tax(in_chart_id integer, in_validto date, in_rate numeric, in_minvalue numeric, in_maxvalue numeric, in_taxnumber text, in_pass integer, in_taxmodule_id integer, in_old_validto date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__save_tax(in_chart_id integer, in_validto date, in_rate numeric, in_minvalue numeric, in_maxvalue numeric, in_taxnumber text, in_pass integer, in_taxmodule_id integer, in_old_validto date) IS ' This saves tax rates.';


--
-- Name: account__save_translation(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account__save_translation(in_id integer, in_language_code text, in_description text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
   UPDATE account_translation
      SET description = in_description
    WHERE language_code = in_language_code
      AND trans_id = in_id;

   IF NOT FOUND THEN
      INSERT INTO account_translation
             (trans_id, language_code, description)
      VALUES (in_id, in_language_code, in_description);
   END IF;
   RETURN;
END;$$;


--
-- Name: FUNCTION account__save_translation(in_id integer, in_language_code text, in_description text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account__save_translation(in_id integer, in_language_code text, in_description text) IS 'Saves the translation for the given account, creating a new
translation if none existed for the account+language combination.';


--
-- Name: account_get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_get(in_id integer) RETURNS public.account_config
    LANGUAGE sql
    AS $_$
select c.*, concat_colon(l.description) as link
  from account c
  left join account_link l
    ON (c.id = l.account_id)
  where  id = $1
group by c.id, c.accno, c.description, c.category,
         c.heading, c.gifi_accno, c.contra, c.tax;
$_$;


--
-- Name: FUNCTION account_get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_get(in_id integer) IS 'Returns an entry from the account table which matches the id requested, and which
is an account, not a heading.';


--
-- Name: account_has_transactions(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_has_transactions(in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        PERFORM trans_id FROM acc_trans WHERE chart_id = in_id LIMIT 1;
        IF FOUND THEN
                RETURN true;
        ELSE
                RETURN false;
        END IF;
END;
$$;


--
-- Name: FUNCTION account_has_transactions(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_has_transactions(in_id integer) IS ' Checks to see if any transactions use this account.  If so, returns true.
If not, returns false.';


--
-- Name: account_heading__check_tree(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading__check_tree() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN

PERFORM * from (
  WITH RECURSIVE account_headings AS (
      SELECT id, accno, 1 as level, accno as path
        FROM account_heading
      UNION ALL
      SELECT ah.id, ah.accno, at.level + 1 as level, at.path  || '||||' || ah.accno
        FROM account_heading ah
        JOIN account_headings at ON ah.parent_id = at.id
       WHERE NOT ah.accno = ANY(string_to_array(path, '||||'))
  )
  SELECT *
    FROM account_heading ah
    JOIN account_headings at ON ah.parent_id = at.id
   WHERE NOT EXISTS (SELECT 1 FROM account_headings
                  WHERE path = at.path || '||||' || ah.accno)
) x;

IF found then
   RAISE EXCEPTION 'ACCOUNT_HEADING_LOOP';
END IF;

RETURN NEW;
end;
$$;


--
-- Name: account_heading__delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading__delete(in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
DELETE FROM account_heading WHERE id = in_id;
RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION account_heading__delete(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading__delete(in_id integer) IS ' This deletes an account heading with the id specified.  If the heading has
accounts associated with it, it will fail and raise a foreign key constraint.
';


--
-- Name: account_heading__delete_translation(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading__delete_translation(in_id integer, in_language_code text) RETURNS void
    LANGUAGE sql
    AS $_$
   DELETE FROM account_heading_translation
    WHERE trans_id = $1
      AND language_code = $2;
$_$;


--
-- Name: FUNCTION account_heading__delete_translation(in_id integer, in_language_code text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading__delete_translation(in_id integer, in_language_code text) IS 'Deletes the translation for the account+language combination.';


--
-- Name: account_heading__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading__list() RETURNS SETOF public.account_heading
    LANGUAGE sql
    AS $$ SELECT * FROM account_heading order by accno; $$;


--
-- Name: FUNCTION account_heading__list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading__list() IS ' Returns a list of all account headings, currently ordered by account number.
';


--
-- Name: account_heading_translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_heading_translation (
)
INHERITS (public.translation);


--
-- Name: TABLE account_heading_translation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.account_heading_translation IS 'Translations for account heading descriptions.';


--
-- Name: account_heading__list_translations(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading__list_translations(in_id integer) RETURNS SETOF public.account_heading_translation
    LANGUAGE sql
    AS $_$
   SELECT * FROM account_heading_translation WHERE trans_id = $1;
$_$;


--
-- Name: FUNCTION account_heading__list_translations(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading__list_translations(in_id integer) IS 'Returns the list of translations for the given account.';


--
-- Name: account_heading__save_translation(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading__save_translation(in_id integer, in_language_code text, in_description text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
   UPDATE account_heading_translation
      SET description = in_description
    WHERE language_code = in_language_code
      AND trans_id = in_id;

   IF NOT FOUND THEN
      INSERT INTO account_heading_translation
             (trans_id, language_code, description)
      VALUES (in_id, in_language_code, in_description);
   END IF;
   RETURN;
END;$$;


--
-- Name: FUNCTION account_heading__save_translation(in_id integer, in_language_code text, in_description text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading__save_translation(in_id integer, in_language_code text, in_description text) IS 'Saves the translation for the given account, creating a new
translation if none existed for the account+language combination.';


--
-- Name: account_heading_get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading_get(in_id integer) RETURNS public.account_heading
    LANGUAGE sql
    AS $$
SELECT *
   from account_heading ah
  WHERE id = in_id;
$$;


--
-- Name: FUNCTION account_heading_get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading_get(in_id integer) IS 'Returns an entry from the account heading tablewhich matches the id requested, and which
is a heading, not an account.';


--
-- Name: account_heading_list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading_list() RETURNS SETOF public.account_heading
    LANGUAGE sql
    AS $$
SELECT * FROM account_heading order by accno;
$$;


--
-- Name: FUNCTION account_heading_list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading_list() IS ' Lists all existing account headings.';


--
-- Name: account_heading_save(integer, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.account_heading_save(in_id integer, in_accno text, in_description text, in_parent integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
        UPDATE account_heading
        SET accno = in_accno,
                description = in_description,
                parent_id = in_parent
        WHERE id = in_id;

        IF FOUND THEN
                RETURN in_id;
        END IF;
        INSERT INTO account_heading (accno, description, parent_id)
        VALUES (in_accno, in_description, in_parent);

        RETURN currval('account_heading_id_seq');
END;
$$;


--
-- Name: FUNCTION account_heading_save(in_id integer, in_accno text, in_description text, in_parent integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.account_heading_save(in_id integer, in_accno text, in_description text, in_parent integer) IS ' Saves an account heading. ';


--
-- Name: add_custom_field(character varying, character varying, character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.add_custom_field(table_name character varying, new_field_name character varying, field_datatype character varying) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        perform TABLE_ID FROM custom_table_catalog
                WHERE extends = table_name;
        IF NOT FOUND THEN
                BEGIN
                        INSERT INTO custom_table_catalog (extends)
                                VALUES (table_name);
                        EXECUTE 'CREATE TABLE ' ||
                               quote_ident('custom_' ||table_name) ||
                                ' (row_id INT PRIMARY KEY)';
                EXCEPTION WHEN duplicate_table THEN
                        -- do nothing
                END;
        END IF;
        INSERT INTO custom_field_catalog (field_name, table_id)
        values (new_field_name, (SELECT table_id
                                        FROM custom_table_catalog
                WHERE extends = table_name));
        EXECUTE 'ALTER TABLE '|| quote_ident('custom_'||table_name) ||
                ' ADD COLUMN ' || quote_ident(new_field_name) || ' ' ||
                  quote_ident(field_datatype);
        RETURN TRUE;
END;
$$;


--
-- Name: admin__add_function_to_group(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__add_function_to_group(in_func text, in_role text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$

    declare
        stmt TEXT;
        a_role name;
        a_user name;
    BEGIN

        -- Issue the grant
        select rolname into a_role from pg_roles
         where rolname = lsmb__role(in_role);

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot grant permissions of a non-existant role.';
        END IF;

        select rolname into a_user from pg_roles
         where rolname = in_username;

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot grant permissions to a non-existant user.';
        END IF;

        stmt := 'GRANT EXECUTE ON FUNCTION '|| quote_ident(in_func) ||' to '|| quote_ident(a_role);

        EXECUTE stmt;

        return 1;
    END;

$$;


--
-- Name: admin__add_group_to_role(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__add_group_to_role(in_group_name text, in_role_name text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
   t_group_name text;
   t_role_name  text;
BEGIN
   t_group_name := lsmb__role(in_group_name);
   t_role_name := lsmb__role(in_role_name);
   PERFORM * FROM lsmb_group_grants
     WHERE group_name = t_group_name AND
           granted_role = t_role_name;

   IF NOT FOUND THEN
      INSERT INTO lsmb_group_grants(group_name, granted_role)
           VALUES (t_group_name, t_role_name);
   END IF;

   EXECUTE 'GRANT ' || quote_ident(t_role_name) || ' TO ' ||
           quote_literal(t_group_name);
   RETURN TRUE;
END;
$$;


--
-- Name: FUNCTION admin__add_group_to_role(in_group_name text, in_role_name text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__add_group_to_role(in_group_name text, in_role_name text) IS ' This function inserts the arguments into lsmb_group_grants for future
reference and issues the db-level grant.  It then returns true if there are no
exceptions.';


--
-- Name: admin__add_user_to_role(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__add_user_to_role(in_username text, in_role text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$

    declare
        stmt TEXT;
        a_role name;
        a_user name;
        t_userid int;
    BEGIN

        -- Issue the grant
        select rolname into a_role from pg_roles
          where rolname = lsmb__role(in_role);
        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot grant permissions of a non-existant role.';
        END IF;

        select rolname into a_user from pg_roles
         where rolname = in_username;

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot grant permissions to a non-existant database user.';
        END IF;

        select id into t_userid from users where username = in_username;
        if not FOUND then
          RAISE EXCEPTION 'Cannot grant permissions to a non-existant application user.';
        end if;

        stmt := 'GRANT '|| quote_ident(a_role) ||' to '|| quote_ident(in_username);

        EXECUTE stmt;

        return 1;
    END;

$$;


--
-- Name: admin__create_group(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__create_group(in_group_name text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$

    DECLARE
        stmt text;
        group_name text;
    BEGIN
        group_name := lsmb__role(in_group_name);
        stmt := 'create role '|| quote_ident(group_name);
        execute stmt;
        INSERT INTO lsmb_group (role_name)
             values (group_name);
        return 1;
    END;

$$;


--
-- Name: admin__delete_group(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__delete_group(in_group_name text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$

    DECLARE
        stmt text;
        a_role role_view;
        group_name text;
    BEGIN
        select * into a_role from role_view where rolname = in_group_name;

        if not found then
            return 'f'::bool;
        else
            group_name := lsmb__role(in_group_name);
            stmt := 'drop role lsmb_' || quote_ident(group_name);
            execute stmt;
            return 't'::bool;
        end if;
    END;
$$;


--
-- Name: FUNCTION admin__delete_group(in_group_name text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__delete_group(in_group_name text) IS '
    Deletes the input group from the database. Not designed to be used to
    remove a login-capable user.
';


--
-- Name: admin__delete_user(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__delete_user(in_username text, in_drop_role boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$

    DECLARE
        stmt text;
        a_user users;
    BEGIN

        select * into a_user from users where username = in_username;

        IF NOT FOUND THEN

            raise exception 'User not found.';
        ELSIF FOUND THEN
            IF in_drop_role IS TRUE then
                stmt := ' drop user ' || quote_ident(a_user.username);
                execute stmt;
            END IF;
            -- also gets user_connection
            delete from user_preference where id = (
                   select id from users where entity_id = a_user.entity_id);
            delete from users where entity_id = a_user.entity_id;
            return 1;
        END IF;
    END;

$$;


--
-- Name: FUNCTION admin__delete_user(in_username text, in_drop_role boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__delete_user(in_username text, in_drop_role boolean) IS '
    Drops the provided user, as well as deletes the user configuration data.
It leaves the entity and person references.

If in_drop_role is set, it drops the role too.
';


--
-- Name: admin__drop_session(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__drop_session(in_session_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        DELETE FROM "session" WHERE session_id = in_session_id;
        RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION admin__drop_session(in_session_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__drop_session(in_session_id integer) IS ' Drops the session identified, releasing all locks held.';


--
-- Name: admin__get_roles(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__get_roles() RETURNS SETOF pg_roles
    LANGUAGE plpgsql
    AS $$
DECLARE
   u_role pg_roles;
begin
     FOR u_role IN
        SELECT *
        FROM
            pg_roles
        WHERE
            rolname ~ ('^' || lsmb__role_prefix())
            AND NOT rolcanlogin
        ORDER BY lsmb__global_role(rolname) ASC
     LOOP
        u_role.rolname = lsmb__global_role(u_role.rolname);

        RETURN NEXT u_role;
     END LOOP;
end;
$$;


--
-- Name: admin__get_roles_for_user(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__get_roles_for_user(in_user_id integer) RETURNS SETOF text
    LANGUAGE plpgsql
    AS $$

    declare
        u_role record;
        a_user users;
    begin
        select * into a_user from admin__get_user(in_user_id);

        -- this function used to be security definer, but that hides the true
        -- CURRENT_USER, returning the DEFINER instead of the caller
        IF a_user.username != CURRENT_USER THEN
            -- super users and application users match the first criterion
            -- db owners and db owner group members match the second criterion
            IF pg_has_role(lsmb__role('users_manage'), 'USAGE') IS FALSE
               AND pg_has_role((select rolname
                                 from pg_database db inner join pg_roles rol
                                   on db.datdba = rol.oid
                                where db.datname = current_database()),
                               'USAGE') IS FALSE THEN
               RAISE EXCEPTION 'User % querying permissions for %, not authorised', CURRENT_USER, a_user.username;
            END IF;
        END IF;

        FOR u_role IN
        select r.rolname
        from
            pg_roles r,
            (select
                m.roleid
             from
                pg_auth_members m, pg_roles b
             where
                m.member = b.oid
             and
                b.rolname = a_user.username
            ) as ar
         where
            r.oid = ar.roleid
            and position(lsmb__role_prefix() in r.rolname) = 1
         LOOP

            RETURN NEXT lsmb__global_role(u_role.rolname);

        END LOOP;
        RETURN;
    end;

$$;


--
-- Name: FUNCTION admin__get_roles_for_user(in_user_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__get_roles_for_user(in_user_id integer) IS 'Returns a set of roles that  a user is a part of.

Note: this function can only be used by
 - super users
 - database admins (setup.pl users):
   - database owners
   - database users (roles) which were granted the database owner role
 - application users:
   - application admins (users with ''manage_users'' role)
   - application users (roles) which query their own roles
';


--
-- Name: admin__get_roles_for_user_by_entity(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__get_roles_for_user_by_entity(in_entity_id integer) RETURNS SETOF text
    LANGUAGE plpgsql
    AS $$

    declare
        u_role record;
        a_user users;
    begin
        select * into a_user from admin__get_user_by_entity(in_entity_id);

        -- this function used to be security definer, but that hides the true
        -- CURRENT_USER, returning the DEFINER instead of the caller
        IF a_user.username != CURRENT_USER THEN
            -- super users and application users match the first criterion
            -- db owners and db owner group members match the second criterion
            IF pg_has_role(lsmb__role('users_manage'), 'USAGE') IS FALSE
               AND pg_has_role((select rolname
                                 from pg_database db inner join pg_roles rol
                                   on db.datdba = rol.oid
                                where db.datname = current_database()),
                               'USAGE') IS FALSE THEN
               RAISE EXCEPTION 'User % querying permissions for %, not authorised', CURRENT_USER, a_user.username;
            END IF;
        END IF;

        FOR u_role IN
        select r.rolname
        from
            pg_roles r,
            (select
                m.roleid
             from
                pg_auth_members m, pg_roles b
             where
                m.member = b.oid
             and
                b.rolname = a_user.username
            ) as ar
         where
            r.oid = ar.roleid
            and position(lsmb__role_prefix() in r.rolname) = 1
         LOOP

            RETURN NEXT lsmb__global_role(u_role.rolname);

        END LOOP;
        RETURN;
    end;

$$;


--
-- Name: FUNCTION admin__get_roles_for_user_by_entity(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__get_roles_for_user_by_entity(in_entity_id integer) IS 'Returns a set of roles that  a user is a part of.

Note: this function can only be used by
 - super users
 - database admins (setup.pl users):
   - database owners
   - database users (roles) which were granted the database owner role
 - application users:
   - application admins (users with ''manage_users'' role)
   - application users (roles) which query their own roles
';


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(30) NOT NULL,
    notify_password interval DEFAULT '7 days'::interval NOT NULL,
    entity_id integer NOT NULL
);


--
-- Name: TABLE users; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.users IS ' This table maps lsmb entities to postgresql roles, which are used to
authenticate lsmb users. The username field maps to the postgresql role name
and is therefore subject to its limitations.

A role name is considered an Identifier and as such must begin with
a letter or an underscore and is limited by default to 63 bytes (could be
fewer characters if unicode) as documented here:
https://www.postgresql.org/docs/current/static/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS

Lsmb restricts the length of username, but this is an arbitrary restriction
beyond the postgresql role name limitations already described.
';


--
-- Name: admin__get_user(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__get_user(in_id integer) RETURNS public.users
    LANGUAGE sql
    AS $$

        select * from users where id = in_id;

$$;


--
-- Name: FUNCTION admin__get_user(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__get_user(in_id integer) IS ' Returns a set of (only one) user specified by the id.';


--
-- Name: admin__get_user_by_entity(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__get_user_by_entity(in_entity_id integer) RETURNS public.users
    LANGUAGE sql
    AS $$

        select * from users where entity_id = in_entity_id;

$$;


--
-- Name: FUNCTION admin__get_user_by_entity(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__get_user_by_entity(in_entity_id integer) IS ' Returns a set of (only one) user specified by the entity_id.';


--
-- Name: admin__is_group(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__is_group(in_group_name text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
    -- This needs some work.  CT
    DECLARE

        existant_role pg_roles;
        stmt text;

    BEGIN
        select * into existant_role from pg_roles
        where rolname = in_group_name AND rolcanlogin is false;

        if not found then
            return 'f'::bool;

        else
            return 't'::bool;
        end if;
    END;

$$;


--
-- Name: admin__is_user(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__is_user(in_user text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
    BEGIN

        PERFORM * from users where username = in_user;
        RETURN found;

    END;

$$;


--
-- Name: FUNCTION admin__is_user(in_user text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__is_user(in_user text) IS ' Returns true if user is set up in LedgerSMB.  False otherwise.';


--
-- Name: lsmb_group_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lsmb_group_grants (
    group_name text NOT NULL,
    granted_role text NOT NULL
);


--
-- Name: admin__list_group_grants(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__list_group_grants(in_group_name text) RETURNS SETOF public.lsmb_group_grants
    LANGUAGE sql
    AS $_$
SELECT * FROM lsmb_group_grants WHERE group_name = $1
ORDER BY granted_role;
$_$;


--
-- Name: admin__list_sessions(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__list_sessions() RETURNS SETOF public.session_result
    LANGUAGE sql
    AS $$
SELECT s.session_id, u.username, s.last_used, count(t.id)
FROM "session" s
JOIN users u ON (s.users_id = u.id)
LEFT JOIN transactions t ON (t.locked_by = s.session_id)
GROUP BY s.session_id, u.username, s.last_used
ORDER BY u.username;
$$;


--
-- Name: FUNCTION admin__list_sessions(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__list_sessions() IS ' Lists all active sessions.';


--
-- Name: admin__remove_function_from_group(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__remove_function_from_group(in_func text, in_role text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $_$

    declare
        stmt TEXT;
        a_role name;
        a_user name;
    BEGIN

        -- Issue the grant
        select rolname into a_role from pg_roles
         where rolname = lsmb__role(in_role);

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot revoke permissions of non-existant role $.';
        END IF;

        select rolname into a_user from pg_roles where rolname = in_username;

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot revoke permissions from a non-existant function.';
        END IF;

        stmt := 'REVOKE EXECUTE ON FUNCTION '|| quote_ident(in_func) ||' FROM '|| quote_ident(a_role);

        EXECUTE stmt;

        return 1;
    END;


$_$;


--
-- Name: admin__remove_group_from_role(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__remove_group_from_role(in_group_name text, in_role_name text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN

   EXECUTE 'REVOKE ' || quote_ident(in_role_name) || ' FROM ' ||
           quote_literal('lsmb_' || t_dbname || '__' || in_group_name);

   DELETE FROM lsmb_group_grants
    WHERE group_name = in_group_name AND granted_role = in_role_name;

   RETURN FOUND;

END;

$$;


--
-- Name: FUNCTION admin__remove_group_from_role(in_group_name text, in_role_name text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__remove_group_from_role(in_group_name text, in_role_name text) IS '
Returns true if the grant record was found and deleted, false otherwise.
Issues db-level revoke in all cases.';


--
-- Name: admin__remove_user_from_role(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__remove_user_from_role(in_username text, in_role text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$

    declare
        stmt TEXT;
        a_role name;
        a_user name;
    BEGIN

        -- Issue the grant
        select rolname into a_role from pg_roles
         where rolname = lsmb__role(in_role);

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot revoke permissions of a non-existant role.';
        END IF;

        select rolname into a_user from pg_roles
         where rolname = in_username;

        IF NOT FOUND THEN
            RAISE EXCEPTION 'Cannot revoke permissions from a non-existant user.';
        END IF;

        stmt := 'REVOKE '|| quote_ident(a_role) ||' FROM '|| quote_ident(in_username);

        EXECUTE stmt;

        return 1;
    END;

$$;


--
-- Name: admin__save_user(integer, integer, text, text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__save_user(in_id integer, in_entity_id integer, in_username text, in_password text, in_pls_import boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET "DateStyle" TO 'ISO, YMD'
    AS $_$
    DECLARE

        a_user users;
        v_user_id int;
        p_id int;
        l_id int;
        stmt text;
        t_is_role bool;
        t_is_user bool;
    BEGIN
        -- WARNING TO PROGRAMMERS:  This function runs as the definer and runs
        -- utility statements via EXECUTE.
        -- PLEASE BE VERY CAREFUL ABOUT SQL-INJECTION INSIDE THIS FUNCTION.

       PERFORM rolname FROM pg_roles WHERE rolname = in_username;
       t_is_role := found;
       t_is_user := admin__is_user(in_username);

       IF t_is_role is true and t_is_user is false and in_pls_import is NOT TRUE THEN
          RAISE EXCEPTION 'Duplicate user';
        END IF;

        if t_is_role and in_password is not null then
                execute 'ALTER USER ' || quote_ident( in_username ) ||
                     ' WITH ENCRYPTED PASSWORD ' || quote_literal (in_password)
                     || $e$ valid until $e$ ||
                      quote_literal(now() + '1 day'::interval);
        elsif in_pls_import is false AND t_is_user is false
              AND in_password IS NULL THEN
                RAISE EXCEPTION 'No password';
        elsif  t_is_role is false and in_pls_import IS NOT TRUE THEN
            -- create an actual user
                execute 'CREATE USER ' || quote_ident( in_username ) ||
                     ' WITH ENCRYPTED PASSWORD ' || quote_literal (in_password)
                     || $e$ valid until $e$ || quote_literal(now() + '1 day'::interval);
       END IF;

        select * into a_user from users lu where lu.id = in_id;
        IF FOUND THEN
            PERFORM admin__add_user_to_role(a_user.username, 'base_user');
            return a_user.id;
        ELSE
            -- Insert cycle

            --- The entity is expected to already BE created. See admin.pm.

            PERFORM * FROM USERS where username = in_username;
            IF NOT FOUND THEN
                v_user_id := nextval('users_id_seq');
                insert into users (id, username, entity_id) VALUES (
                    v_user_id,
                    in_username,
                    in_entity_id
                );

                insert into user_preference (id) values (v_user_id);
            END IF;

            IF NOT exists(SELECT * FROM entity_employee WHERE entity_id = in_entity_id) THEN
                INSERT into entity_employee (entity_id) values (in_entity_id);
            END IF;
            -- Finally, issue the create user statement
            PERFORM admin__add_user_to_role(in_username, 'base_user');
            return v_user_id ;



        END IF;

    END;
$_$;


--
-- Name: FUNCTION admin__save_user(in_id integer, in_entity_id integer, in_username text, in_password text, in_pls_import boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__save_user(in_id integer, in_entity_id integer, in_username text, in_password text, in_pls_import boolean) IS ' Creates a user and relevant records in LedgerSMB and PostgreSQL.';


--
-- Name: admin__search_users(text, text, text, text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.admin__search_users(in_username text, in_first_name text, in_last_name text, in_ssn text, in_dob date) RETURNS SETOF public.user_result
    LANGUAGE sql
    AS $$
                SELECT u.id, u.username, p.first_name, p.last_name, e.ssn, e.dob
                FROM users u
                JOIN person p ON (u.entity_id = p.entity_id)
                JOIN entity_employee e ON (e.entity_id = p.entity_id)
                WHERE u.username LIKE '%' || coalesce(in_username,'') || '%' AND
                        (p.first_name = in_first_name or in_first_name is null)
                        AND (p.last_name = in_last_name or in_last_name is null)
                        AND (in_ssn is NULL or in_ssn = e.ssn)
                        AND (e.dob = in_dob::date or in_dob is NULL)
$$;


--
-- Name: FUNCTION admin__search_users(in_username text, in_first_name text, in_last_name text, in_ssn text, in_dob date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.admin__search_users(in_username text, in_first_name text, in_last_name text, in_ssn text, in_dob date) IS ' Returns a list of users matching search criteria.  Nulls match all values.
only username is not an exact match.';


--
-- Name: ap_simple_post(integer, integer, text, date, date, character, text, text, text, text, text, text[], numeric[], numeric[], numeric[], numeric[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ap_simple_post(in_entity_credit_account integer, in_ap_liablility_chartid integer, in_invnumber text, in_transdate date, in_duedate date, in_curr character, in_description text, in_ordnumber text, in_notes text, in_intnotes text, in_ponumber text, in_memo text[], in_netamount numeric[], in_chartid numeric[], in_taxrate numeric[], in_taxchartid numeric[]) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE invnumber text;
DECLARE ap_id   int;
DECLARE entry_id   int;
DECLARE chartid int;
DECLARE tax_chartid int;
DECLARE invoice bool;
DECLARE separate_duties bool;
DECLARE approved bool;
DECLARE taxincluded bool;
DECLARE curr char(3);
DECLARE curr_default char(3);
DECLARE transdate date;
DECLARE duedate date;
DECLARE crdate date;
DECLARE memo text;
DECLARE netamount numeric;
DECLARE netamount_total numeric;
DECLARE taxrate numeric;
DECLARE taxamount numeric;
DECLARE taxamount_total numeric;
DECLARE amount_total numeric;
DECLARE person_id int;
DECLARE dp int;
DECLARE fx_transaction bool;
DECLARE cleared bool;
DECLARE taxform_id int;
DECLARE reportable bool;
DECLARE atf_count int;
DECLARE ect_count int;
BEGIN
 netamount_total=0.0;
 taxamount_total=0.0;
 invoice=false;
 approved=true;
 taxincluded=false;
 fx_transaction=false;
 cleared=false;

 select value::int       INTO dp FROM setting_get('decimal_places');
 select person__get_my_entity_id into person_id from person__get_my_entity_id();
 SELECT value::bool INTO separate_duties FROM defaults WHERE setting_key='separate_duties';
 IF separate_duties = true THEN
  --RAISE EXCEPTION 'separate_duties not yet treated';
  approved=false;
 END IF;
 select eca.taxform_id::int into taxform_id from entity_credit_account eca where eca.id=in_entity_credit_account;
 IF taxform_id <> 0 THEN
  --FOREIGN KEY (taxform_id) REFERENCES country_tax_form(id)
  RAISE EXCEPTION 'taxform not yet treated';
 END IF;

 transdate=coalesce(in_transdate,'today');
 duedate=coalesce(in_duedate,'today');
 crdate=now();

 --IF in_invnumber IS NULL OR (length(trim(in_invnumber))=0) THEN --NULL as only designator for "no value supplied"
 IF in_invnumber IS NULL THEN
  select setting_increment::text INTO invnumber FROM setting_increment('vinumber');
 ELSE
  invnumber=in_invnumber;
 END IF;

 select defaults_get_defaultcurrency into curr_default from defaults_get_defaultcurrency();
 IF in_curr IS NULL THEN
  curr=curr_default;
 ELSE
  curr=in_curr;
 END IF;
 IF curr <> curr_default THEN
  RAISE EXCEPTION 'curr <> curr_default not yet treated';
 END IF;

 FOR out_count IN array_lower(in_memo, 1) .. array_upper(in_memo, 1)
 LOOP
   netamount=in_netamount[out_count];
   netamount_total=netamount_total+netamount;
   taxrate=in_taxrate[out_count];
   IF taxrate IS NOT NULL THEN
    taxamount=netamount*taxrate;
   ELSE
    taxamount=0.0;
   END IF;
   taxamount_total=taxamount_total+taxamount;
 END LOOP;

 amount_total=netamount_total+taxamount_total;

 amount_total=round(amount_total,dp);
 netamount_total=round(netamount_total,dp);

 INSERT INTO ap (entity_credit_account,invnumber,transdate,invoice,approved,taxincluded,curr,duedate,crdate,netamount,amount,person_id,description,ordnumber,notes,intnotes,ponumber) VALUES(in_entity_credit_account,invnumber,transdate,invoice,approved,taxincluded,curr,duedate,crdate,netamount_total,amount_total,person_id,in_description,in_ordnumber,in_notes,in_intnotes,in_ponumber);

 SELECT currval('id') INTO ap_id;--NOT "id"!

 INSERT INTO acc_trans(trans_id,transdate,chart_id,amount,approved) values(ap_id,transdate,in_ap_liablility_chartid,amount_total,approved);

 FOR out_count IN array_lower(in_memo, 1) .. array_upper(in_memo, 1)
 LOOP
  memo=in_memo[out_count];
  chartid=in_chartid[out_count];
  tax_chartid=in_taxchartid[out_count];
  netamount=in_netamount[out_count];
  taxrate=in_taxrate[out_count];
  taxamount=0.0;
  IF taxrate IS NOT NULL THEN
   IF tax_chartid IS NOT NULL THEN
     select count(*) into ect_count from eca_tax ect where ect.eca_id=in_entity_credit_account and ect.chart_id=tax_chartid;
     IF ect_count = 0 THEN
      RAISE EXCEPTION 'tax_chartid NOT IN  eca_tax';
     END IF;
     taxamount=netamount*taxrate;
     taxamount=round(taxamount,dp);
     INSERT INTO acc_trans (trans_id,chart_id,amount,transdate,fx_transaction,memo) VALUES(ap_id,tax_chartid,taxamount*-1.0,transdate,fx_transaction,memo);
   ELSE --tax_chartid null
    RAISE EXCEPTION 'taxrate NOT NULL but tax_chartid NULL';
   END IF;--tax_chartid
  ELSE --taxrate null
   IF tax_chartid IS NOT NULL THEN
    RAISE EXCEPTION 'taxrate NULL but tax_chartid NOT NULL';
   END IF;
   --taxamount=0.0;
  END IF;--taxrate

  netamount=round(netamount,dp);
  INSERT INTO acc_trans (trans_id,chart_id,amount,transdate,memo,fx_transaction,cleared) VALUES(ap_id,chartid,netamount*-1.0,transdate,memo,fx_transaction,cleared);
  SELECT currval('acc_trans_entry_id_seq') INTO entry_id;

  IF taxform_id <> 0 THEN
   select count(*) into atf_count from ac_tax_form atf where atf.entry_id=entry_id;
   IF atf_count > 0 THEN
    update ac_tax_form atf set atf.reportable=reportable where atf.entry_id=entry_id;
   ELSE
    insert into ac_tax_form(entry_id,reportable) values(entry_id,reportable);
   END IF;
  END IF;--taxform_id

 END LOOP;

 PERFORM trans_id FROM acc_trans WHERE trans_id = ap_id GROUP BY trans_id HAVING sum(amount) <> 0;
 IF FOUND THEN
   RAISE EXCEPTION 'Out of balance';
 END IF;

 return ap_id;
END;
$$;


--
-- Name: ar_ap__transaction_search(integer, text, text, text, text, text, text, text, text, text, date, date, boolean, boolean, boolean, date, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ar_ap__transaction_search(in_account_id integer, in_name_part text, in_meta_number text, in_invnumber text, in_ordnumber text, in_ponumber text, in_source text, in_description text, in_notes text, in_shipvia text, in_from_date date, in_to_date date, in_on_hold boolean, in_inc_open boolean, in_inc_closed boolean, in_as_of date, in_entity_class integer, in_approved boolean) RETURNS SETOF public.purchase_info
    LANGUAGE sql
    AS $$
   SELECT gl.id, gl.invoice,
          gl.invnumber, gl.ordnumber, gl.ponumber, gl.transdate,
          e.name, eca.meta_number::text, e.id, gl.amount,
          gl.amount - sum(CASE WHEN l.description IN ('AR', 'AP')
                               THEN ac.amount ELSE 0
                           END),
          gl.amount - gl.netamount, gl.curr, gl.duedate,
          gl.notes, gl.shippingpoint, gl.shipvia,
          compound_array(bua.business_units || bui.business_units)
     FROM (select id, invoice, invnumber, ordnumber, ponumber, transdate, duedate,
                  description, notes, shipvia, shippingpoint, amount,
                  netamount, curr, entity_credit_account, on_hold,
                  approved
             FROM ar WHERE in_entity_class = 2
            UNION
           select id, invoice, invnumber, ordnumber, ponumber, transdate, duedate,
                  description, notes, shipvia, shippingpoint, amount,
                  netamount, curr, entity_credit_account, on_hold,
                  approved
             FROM ap WHERE in_entity_class = 1) gl
     JOIN entity_credit_account eca ON gl.entity_credit_account = eca.id
     JOIN entity e ON e.id = eca.entity_id
     JOIN acc_trans ac ON gl.id = ac.trans_id
     JOIN account act ON act.id = ac.chart_id
LEFT JOIN account_link l ON l.account_id = act.id
                          AND l.description IN ('AR', 'AP')
LEFT JOIN invoice inv ON gl.id = inv.trans_id
LEFT JOIN (SELECT compound_array(ARRAY[ARRAY[buc.label, bu.control_code]])
                  as business_units, entry_id
             FROM business_unit_class buc
             JOIN business_unit bu ON bu.class_id = buc.id
             JOIN business_unit_ac buac ON buac.bu_id = bu.id
         GROUP BY buac.entry_id) bua
                                 ON bua.entry_id = ac.entry_id
LEFT JOIN (SELECT compound_array(ARRAY[ARRAY[buc.label, bu.control_code]])
                  as business_units, entry_id
             FROM business_unit_class buc
             JOIN business_unit bu ON bu.class_id = buc.id
             JOIN business_unit_inv buinv ON buinv.bu_id = bu.id
         GROUP BY buinv.entry_id) bui
                                 ON bui.entry_id = inv.id
    WHERE (in_account_id IS NULL OR ac.chart_id = in_account_id)
          AND (in_name_part IS NULL
                OR to_tsvector(get_default_lang()::regconfig, e.name)
                   @@ plainto_tsquery(get_default_lang()::regconfig, in_name_part))
          AND (in_meta_number IS NULL
                OR eca.meta_number LIKE in_meta_number || '%')
          AND (in_invnumber IS NULL or gl.invnumber LIKE in_invnumber || '%')
          AND (in_ordnumber IS NULL or gl.ordnumber LIKE in_ordnumber || '%')
          AND (in_ponumber IS NULL or gl.ponumber LIKE in_ponumber || '%')
          AND (in_description IS NULL
                or to_tsvector(get_default_lang()::regconfig, gl.description)
                  @@ plainto_tsquery(get_default_lang()::regconfig, in_description))
          AND (in_notes IS NULL OR
                to_tsvector(get_default_lang()::regconfig, gl.notes)
                 @@ plainto_tsquery(get_default_lang()::regconfig, in_notes))
          AND (in_from_date IS NULL OR in_from_date <= gl.transdate)
          AND (in_to_date IS NULL OR in_to_date >= gl.transdate)
          AND (in_on_hold IS NULL OR in_on_hold = gl.on_hold)
          AND (in_as_of IS NULL OR in_as_of >= ac.transdate)
          AND (in_approved is null
               OR (gl.approved = in_approved AND ac.approved = in_approved))
 GROUP BY gl.id, gl.invnumber, gl.ordnumber, gl.ponumber, gl.transdate,
          gl.duedate, e.name, eca.meta_number, gl.amount,
          gl.netamount, gl.curr, gl.duedate,
          gl.notes, gl.shippingpoint, gl.shipvia, e.id, gl.invoice
   HAVING in_source = ANY(array_agg(ac.source)) or in_source IS NULL;
$$;


--
-- Name: ar_ap__transaction_search_summary(integer, text, text, text, text, text, text, text, text, text, date, date, boolean, boolean, boolean, date, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ar_ap__transaction_search_summary(in_account_id integer, in_name_part text, in_meta_number text, in_invnumber text, in_ordnumber text, in_ponumber text, in_source text, in_description text, in_notes text, in_shipvia text, in_from_date date, in_to_date date, in_on_hold boolean, in_inc_open boolean, in_inc_closed boolean, in_as_of date, in_entity_class integer, in_approved boolean) RETURNS SETOF public.purchase_info
    LANGUAGE sql
    AS $$
       SELECT null::int, null::bool, null::text, null::text, null::text,
              null::date, entity_name, meta_number, entity_id, sum(amount),
              sum(amount_paid), sum(tax), currency, null::date,
              null::text, null::text, null::text, null::text[]
         FROM ar_ap__transaction_search
              (in_account_id, in_name_part, in_meta_number, in_invnumber,
              in_ordnumber, in_ponumber, in_source, in_description,
              in_notes, in_shipvia, in_from_date, in_to_date,
              in_on_hold, in_inc_open, in_inc_closed, in_as_of,
              in_entity_class, in_approved)
     GROUP BY entity_name, meta_number, entity_id, currency;
$$;


--
-- Name: array_endswith(anyelement, anyarray); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.array_endswith(elem anyelement, arr anyarray) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
   SELECT $2[array_upper($2,1)]=$1;
$_$;


--
-- Name: array_splice_from(anyelement, anyarray); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.array_splice_from(elem anyelement, arr anyarray) RETURNS anyarray
    LANGUAGE sql IMMUTABLE
    AS $_$
    select $2[i:array_upper($2,1)]
      from generate_subscripts($2,1) as i
     where $2[i] = $1
     order by i
     limit 1;
  $_$;


--
-- Name: array_splice_to(anyelement, anyarray); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.array_splice_to(element anyelement, arr anyarray) RETURNS anyarray
    LANGUAGE sql IMMUTABLE
    AS $_$
   select $2[1:i]
     from generate_subscripts($2,1) as i
    where $2[i] = $1
   order by i
   limit 1;
 $_$;


--
-- Name: assembly__stock(integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.assembly__stock(in_parts_id integer, in_qty numeric) RETURNS numeric
    LANGUAGE sql
    AS $_$
    INSERT INTO mfg_lot(parts_id, qty) VALUES ($1, $2);
    INSERT INTO mfg_lot_item(mfg_lot_id, parts_id, qty)
    SELECT currval('mfg_lot_id_seq')::int, parts_id, qty * $2
      FROM assembly WHERE id = $1;

    SELECT mfg_lot__commit(currval('mfg_lot_id_seq')::int);
$_$;


--
-- Name: asset_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_item (
    id integer NOT NULL,
    description text,
    tag text NOT NULL,
    purchase_value numeric NOT NULL,
    salvage_value numeric NOT NULL,
    usable_life numeric NOT NULL,
    purchase_date date NOT NULL,
    start_depreciation date NOT NULL,
    location_id integer,
    department_id integer,
    invoice_id integer,
    asset_account_id integer,
    dep_account_id integer,
    exp_account_id integer,
    obsolete_by integer,
    asset_class_id integer
);


--
-- Name: TABLE asset_item; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.asset_item IS ' Stores details of asset items.  The account fields here are authoritative,
while the ones in the asset_class table are defaults.';


--
-- Name: COLUMN asset_item.tag; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.asset_item.tag IS ' This can be plugged into other routines to generate it automatically via ALTER TABLE .... SET DEFAULT.....';


--
-- Name: asset__get(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset__get(in_id integer, in_tag text) RETURNS public.asset_item
    LANGUAGE sql
    AS $$
        SELECT * from asset_item WHERE id = in_id OR in_tag = tag
        ORDER BY id desc limit 1;
$$;


--
-- Name: FUNCTION asset__get(in_id integer, in_tag text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset__get(in_id integer, in_tag text) IS ' Retrieves a given asset either by id or tag.  Both are complete matches.

Note that the behavior is undefined if both id and tag are provided.';


--
-- Name: asset__import_from_disposal(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset__import_from_disposal(in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE t_report asset_report;
        t_import asset_report;
BEGIN

    SELECT * INTO t_report from asset_report where id = in_id;

    if t_report.report_class <> 4 THEN RETURN FALSE;
    END IF;

    SELECT *
      INTO t_import
      FROM  asset_report__begin_import
            (t_report.asset_class::int, t_report.report_date);

    PERFORM asset_report__import(
        ai.description,
        ai.tag,
        ai.purchase_value * rld.percent_disposed / 100,
        ai.salvage_value * rld.percent_disposed / 100,
        ai.usable_life,
        ai.purchase_date,
        ai.start_depreciation,
        ai.location_id,
        ai.department_id,
        ai.asset_account_id,
        ai.dep_account_id,
        ai.exp_account_id,
        ai.asset_class_id,
        ai.invoice_id,
        t_import.id,
        r.accum_depreciation * rld.percent_disposed / 100,
        TRUE)
    FROM asset_item ai
    JOIN asset_report__get_disposal(t_report.id) r  ON (ai.id = r.id)
    JOIN asset_report_line rl ON (rl.asset_id = ai.id AND rl.report_id = in_id)
    join asset_rl_to_disposal_method rld
         ON (rl.report_id = rld.report_id and ai.id = rld.asset_id)
   where rld.percent_disposed is null or percent_disposed < 100;
   RETURN TRUE;
END;
$$;


--
-- Name: FUNCTION asset__import_from_disposal(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset__import_from_disposal(in_id integer) IS ' Imports items from partial disposal reports. This function should not be
called dirctly by programmers but rather through the other disposal approval
api''s.';


--
-- Name: asset__save(integer, integer, text, text, date, numeric, numeric, numeric, date, integer, integer, integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset__save(in_id integer, in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric, in_start_depreciation date, in_warehouse_id integer, in_department_id integer, in_invoice_id integer, in_asset_account_id integer, in_dep_account_id integer, in_exp_account_id integer) RETURNS public.asset_item
    LANGUAGE plpgsql
    AS $$
DECLARE ret_val asset_item;
BEGIN
        UPDATE asset_item
        SET asset_class_id = in_asset_class,
                description = in_description,
                tag = in_tag,
                purchase_date = in_purchase_date,
                purchase_value = in_purchase_value,
                usable_life = in_usable_life,
                location_id = in_warehouse_id,
                department_id = in_department_id,
                invoice_id = in_invoice_id,
                salvage_value = in_salvage_value,
                asset_account_id = in_asset_account_id,
                exp_account_id = in_exp_account_id,
                start_depreciation =
                         coalesce(in_start_depreciation, in_purchase_date),
                dep_account_id = in_dep_account_id
        WHERE id = in_id;
        IF FOUND THEN
                SELECT * INTO ret_val FROM asset_item WHERE id = in_id;
                return ret_val;
        END IF;

        INSERT INTO asset_item (asset_class_id, description, tag, purchase_date,
                purchase_value, usable_life, salvage_value, department_id,
                location_id, invoice_id, asset_account_id, dep_account_id,
                start_depreciation, exp_account_id)
        VALUES (in_asset_class, in_description, in_tag, in_purchase_date,
                in_purchase_value, in_usable_life, in_salvage_value,
                in_department_id, in_warehouse_id, in_invoice_id,
                in_asset_account_id, in_dep_account_id,
                coalesce(in_start_depreciation, in_purchase_date),
                in_exp_account_id);

        SELECT * INTO ret_val FROM asset_item
        WHERE id = currval('asset_item_id_seq');
        RETURN ret_val;
END;
$$;


--
-- Name: FUNCTION asset__save(in_id integer, in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric, in_start_depreciation date, in_warehouse_id integer, in_department_id integer, in_invoice_id integer, in_asset_account_id integer, in_dep_account_id integer, in_exp_account_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset__save(in_id integer, in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric, in_start_depreciation date, in_warehouse_id integer, in_department_id integer, in_invoice_id integer, in_asset_account_id integer, in_dep_account_id integer, in_exp_account_id integer) IS ' Saves the asset with the information provided.  If the id is provided,
overwrites the record with the id.  Otherwise, or if that record is not found,
inserts.  Returns the row inserted or updated.
';


--
-- Name: asset__search(integer, text, text, date, numeric, numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset__search(in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric) RETURNS SETOF public.asset_item
    LANGUAGE sql
    AS $$
                SELECT * FROM asset_item
                WHERE (in_asset_class is null
                        or asset_class_id = in_asset_class)
                        AND (in_description is null or description
                                LIKE '%' || in_description || '%')
                        and (in_tag is null or tag like '%'||in_tag||'%')
                        AND (in_purchase_date is null
                                or purchase_date = in_purchase_date)
                        AND (in_purchase_value is null
                                or in_purchase_value = purchase_value)
                        AND (in_usable_life is null
                                or in_usable_life = usable_life)
                        AND (in_salvage_value is null
                                OR in_salvage_value = salvage_value);
$$;


--
-- Name: FUNCTION asset__search(in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset__search(in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric) IS 'Searches for assets.  Nulls match all records.  Asset class is exact,
as is purchase date, purchase value, and salvage value. Tag and description
are partial matches.';


--
-- Name: asset_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_class (
    id integer NOT NULL,
    label text NOT NULL,
    asset_account_id integer,
    dep_account_id integer,
    method integer
);


--
-- Name: TABLE asset_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.asset_class IS '
The account fields here set the defaults for the individual asset items.  They
are non-authoritative.
';


--
-- Name: asset_class__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__get(in_id integer) RETURNS public.asset_class
    LANGUAGE sql
    AS $$
        SELECT * FROM asset_class WHERE id = in_id;
$$;


--
-- Name: FUNCTION asset_class__get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__get(in_id integer) IS ' returns the row from asset_class identified by in_id.';


--
-- Name: asset_class__get_asset_accounts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__get_asset_accounts() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
SELECT * FROM account
WHERE id IN
        (select account_id from account_link where description = 'Fixed_Asset')
ORDER BY accno;
$$;


--
-- Name: FUNCTION asset_class__get_asset_accounts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__get_asset_accounts() IS ' Returns a list of fixed asset accounts, ordered by account number';


--
-- Name: asset_class__get_dep_accounts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__get_dep_accounts() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
SELECT * FROM account
WHERE id IN
        (select account_id from account_link where description = 'Asset_Dep')
ORDER BY accno;
$$;


--
-- Name: FUNCTION asset_class__get_dep_accounts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__get_dep_accounts() IS ' Returns a list of asset depreciation accounts, ordered by account number';


--
-- Name: asset_dep_method; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_dep_method (
    id integer NOT NULL,
    method text NOT NULL,
    sproc text NOT NULL,
    unit_label text NOT NULL,
    short_name text NOT NULL,
    unit_class integer NOT NULL
);


--
-- Name: TABLE asset_dep_method; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.asset_dep_method IS ' Stores asset depreciation methods, and their relevant stored procedures.

The fixed asset system is such depreciation methods can be plugged in via this
table.';


--
-- Name: COLUMN asset_dep_method.method; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.asset_dep_method.method IS ' These are keyed to specific stored procedures.  Currently only "straight_line" is supported';


--
-- Name: COLUMN asset_dep_method.sproc; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.asset_dep_method.sproc IS 'The sproc mentioned here is a stored procedure which must have the following
arguments: (in_asset_ids int[],  in_report_date date, in_report_id int).

Here in_asset_ids are the assets to be depreciated, in_report_date is the date
of the report, and in_report_id is the id of the report.  The sproc MUST
insert the relevant lines into asset_report_line. ';


--
-- Name: asset_class__get_dep_method(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__get_dep_method(in_asset_class integer) RETURNS public.asset_dep_method
    LANGUAGE sql
    AS $_$
SELECT * from asset_dep_method
WHERE id = (select method from asset_class where id = $1);
$_$;


--
-- Name: FUNCTION asset_class__get_dep_method(in_asset_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__get_dep_method(in_asset_class integer) IS 'Returns the depreciation method associated with the asset class.';


--
-- Name: asset_class__get_dep_methods(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__get_dep_methods() RETURNS SETOF public.asset_dep_method
    LANGUAGE sql
    AS $$
SELECT * FROM asset_dep_method ORDER BY method;
$$;


--
-- Name: FUNCTION asset_class__get_dep_methods(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__get_dep_methods() IS ' Returns a set of asset_dep_methods ordered by the method label.';


--
-- Name: asset_class__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__list() RETURNS SETOF public.asset_class
    LANGUAGE sql
    AS $$
SELECT * FROM asset_class ORDER BY label;
$$;


--
-- Name: FUNCTION asset_class__list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__list() IS ' Returns an alphabetical list of asset classes.';


--
-- Name: asset_class__save(integer, integer, integer, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__save(in_id integer, in_asset_account_id integer, in_dep_account_id integer, in_method integer, in_label text, in_unit_label text) RETURNS public.asset_class
    LANGUAGE plpgsql
    AS $$
DECLARE ret_val asset_class;
BEGIN
        UPDATE asset_class
        SET asset_account_id = in_asset_account_id,
                dep_account_id = in_dep_account_id,
                method = in_method,
                label = in_label
        WHERE id = in_id;

        IF FOUND THEN
                SELECT * INTO ret_val FROM asset_class where id = in_id;
                RETURN ret_val;
        END IF;

        INSERT INTO asset_class (asset_account_id, dep_account_id, method,
                label)
        VALUES (in_asset_account_id, in_dep_account_id, in_method,
                in_label);

        SELECT * INTO ret_val FROM asset_class
        WHERE id = currval('asset_class_id_seq');

        RETURN ret_val;
END;
$$;


--
-- Name: FUNCTION asset_class__save(in_id integer, in_asset_account_id integer, in_dep_account_id integer, in_method integer, in_label text, in_unit_label text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__save(in_id integer, in_asset_account_id integer, in_dep_account_id integer, in_method integer, in_label text, in_unit_label text) IS ' Saves this data as an asset_class record.  If in_id is NULL or is not found
in the table, inserts a new row.  Returns the row saved.';


--
-- Name: asset_class__search(integer, integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_class__search(in_asset_account_id integer, in_dep_account_id integer, in_method integer, in_label text) RETURNS SETOF public.asset_class_result
    LANGUAGE sql
    AS $$
                SELECT ac.id, ac.asset_account_id, aa.accno, aa.description,
                        ac.dep_account_id, ad.accno, ad.description,
                        m.method, ac.method,
                        ac.label
                FROM asset_class ac
                LEFT JOIN account aa ON (aa.id = ac.asset_account_id)
                LEFT JOIN account ad ON (ad.id = ac.dep_account_id)
                JOIN asset_dep_method m ON (ac.method = m.id)
                WHERE
                        (in_asset_account_id is null
                                or in_asset_account_id = ac.asset_account_id)
                        AND (in_dep_account_id is null OR
                                in_dep_account_id = ac.dep_account_id)
                        AND (in_method is null OR in_method = ac.method)
                        AND (in_label IS NULL OR ac.label LIKE
                                '%' || in_label || '%')
               ORDER BY label
$$;


--
-- Name: FUNCTION asset_class__search(in_asset_account_id integer, in_dep_account_id integer, in_method integer, in_label text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_class__search(in_asset_account_id integer, in_dep_account_id integer, in_method integer, in_label text) IS ' Returns a list of matching asset classes.  The account id''s are exact matches
as is the method, but the label is a partial match.  NULL''s match all.';


--
-- Name: asset_dep__straight_line_base(numeric, numeric, numeric, numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_dep__straight_line_base(in_base_life numeric, in_life numeric, in_used numeric, in_basis numeric, in_dep_to_date numeric) RETURNS numeric
    LANGUAGE sql
    AS $_$
SELECT CASE WHEN $3/$1 * $4 < $4 - $5 THEN $3/$1 * $4
            ELSE $4 - $5
            END;
$_$;


--
-- Name: FUNCTION asset_dep__straight_line_base(in_base_life numeric, in_life numeric, in_used numeric, in_basis numeric, in_dep_to_date numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_dep__straight_line_base(in_base_life numeric, in_life numeric, in_used numeric, in_basis numeric, in_dep_to_date numeric) IS ' This function is a basic function which does the actual calculation for
straight line depreciation.';


--
-- Name: asset_dep__used_months(date, date, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_dep__used_months(in_last_dep date, in_dep_date date, in_usable_life numeric) RETURNS numeric
    LANGUAGE sql
    AS $_$
select CASE WHEN extract('MONTHS' FROM (date_trunc('day', $2) - date_trunc('day', $1)))
                 > $3
            THEN $3
            ELSE extract('MONTHS' FROM (date_trunc('day', $2) - date_trunc('day', $1)))::numeric
            END;
$_$;


--
-- Name: FUNCTION asset_dep__used_months(in_last_dep date, in_dep_date date, in_usable_life numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_dep__used_months(in_last_dep date, in_dep_date date, in_usable_life numeric) IS ' This checks the interval between the two dates, and if longer than the
usable life, returns the months in that interval.  Otherwise returns the
usable life.';


--
-- Name: asset_dep_get_usable_life_yr(numeric, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_dep_get_usable_life_yr(in_usable_life numeric, in_start_date date, in_dep_date date) RETURNS numeric
    LANGUAGE sql
    AS $_$
   SELECT CASE WHEN $3 IS NULL or get_fractional_year($2, $3) > $1
               then $1
               WHEN get_fractional_year($2, $3) < 0
               THEN 0
               ELSE get_fractional_year($2, $3)
          END;
$_$;


--
-- Name: FUNCTION asset_dep_get_usable_life_yr(in_usable_life numeric, in_start_date date, in_dep_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_dep_get_usable_life_yr(in_usable_life numeric, in_start_date date, in_dep_date date) IS 'If the interval is less than 0 then 0.  If the interval is greater than the
usable life, then the usable life.  Otherwise, return the interval as a
fractional year.';


--
-- Name: asset_dep_straight_line_month(integer[], date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_dep_straight_line_month(in_asset_ids integer[], in_report_date date, in_report_id integer) RETURNS boolean
    LANGUAGE sql
    AS $_$
     INSERT INTO asset_report_line (asset_id, report_id, amount, department_id,
                                   warehouse_id)
     SELECT ai.id, $3,
            asset_dep__straight_line_base(
                  ai.usable_life,
                  ai.usable_life --months
                  - months_passed(start_depreciation,
                                  coalesce(max(report_date),
                                           start_depreciation)),
                  months_passed(coalesce(max(report_date),
                                         start_depreciation),
                                $2),
                  purchase_value - salvage_value,
                  coalesce(sum(l.amount), 0)),
            ai.department_id, ai.location_id
       FROM asset_item ai
  LEFT JOIN asset_report_line l ON (l.asset_id = ai.id and l.amount > 0)
  LEFT JOIN asset_report r ON (l.report_id = r.id)
      WHERE ai.id = ANY($1)
   GROUP BY ai.id, ai.start_depreciation, ai.purchase_date, ai.purchase_value,
            ai.salvage_value, ai.department_id, ai.location_id, ai.usable_life;

    UPDATE asset_report SET report_class = 1 WHERE id = $3;

    select true;
$_$;


--
-- Name: FUNCTION asset_dep_straight_line_month(in_asset_ids integer[], in_report_date date, in_report_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_dep_straight_line_month(in_asset_ids integer[], in_report_date date, in_report_id integer) IS ' Performs straight line depreciation, selecting depreciation amounts, etc.
into a report for further review and approval.  Usable life is in months, and
depreciation is an equal amount every month.';


--
-- Name: asset_dep_straight_line_yr_d(integer[], date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_dep_straight_line_yr_d(in_asset_ids integer[], in_report_date date, in_report_id integer) RETURNS boolean
    LANGUAGE sql
    AS $_$
     INSERT INTO asset_report_line (asset_id, report_id, amount, department_id,
                                   warehouse_id)
     SELECT ai.id, $3,
            asset_dep__straight_line_base(
                  ai.usable_life, -- years
                  ai.usable_life -
                  get_fractional_year(coalesce(max(report_date),
                                               start_depreciation),
                                      start_depreciation),
                  get_fractional_year(coalesce(max(report_date),
                                               start_depreciation),
                                      $2),
                  purchase_value - salvage_value,
                  coalesce(sum(l.amount), 0)),
            ai.department_id, ai.location_id
       FROM asset_item ai
  LEFT JOIN asset_report_line l ON (l.asset_id = ai.id and l.amount > 0)
  LEFT JOIN asset_report r ON (l.report_id = r.id)
      WHERE ai.id = ANY($1)
   GROUP BY ai.id, ai.start_depreciation, ai.purchase_date, ai.purchase_value,
            ai.salvage_value, ai.department_id, ai.location_id, ai.usable_life;

    UPDATE asset_report SET report_class = 1 WHERE id = $3;

    select true;
$_$;


--
-- Name: asset_dep_straight_line_yr_m(integer[], date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_dep_straight_line_yr_m(in_asset_ids integer[], in_report_date date, in_report_id integer) RETURNS boolean
    LANGUAGE sql
    AS $_$
     INSERT INTO asset_report_line (asset_id, report_id, amount, department_id,
                                   warehouse_id)
     SELECT ai.id, $3,
            asset_dep__straight_line_base(
                  ai.usable_life * 12,
                  ai.usable_life * 12 --months
                  - months_passed(start_depreciation,
                                  coalesce(max(report_date),
                                           start_depreciation)),
                  months_passed(coalesce(max(report_date),
                                         start_depreciation),
                                $2),
                  purchase_value - salvage_value,
                  coalesce(sum(l.amount), 0)),
            ai.department_id, ai.location_id
       FROM asset_item ai
  LEFT JOIN asset_report_line l ON (l.asset_id = ai.id and l.amount > 0)
  LEFT JOIN asset_report r ON (l.report_id = r.id)
      WHERE ai.id = ANY($1)
   GROUP BY ai.id, ai.start_depreciation, ai.purchase_date, ai.purchase_value,
            ai.salvage_value, ai.department_id, ai.location_id, ai.usable_life;

    UPDATE asset_report SET report_class = 1 WHERE id = $3;

    select true;
$_$;


--
-- Name: FUNCTION asset_dep_straight_line_yr_m(in_asset_ids integer[], in_report_date date, in_report_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_dep_straight_line_yr_m(in_asset_ids integer[], in_report_date date, in_report_id integer) IS ' Performs straight line depreciation on a set of selected assets, selecting
the depreciation values into a report.

Assumes the usable life is measured in years, and is depreciated eavenly every
month.';


--
-- Name: person__get_my_entity_id(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__get_my_entity_id() RETURNS integer
    LANGUAGE sql
    AS $$
        SELECT entity_id from users where username = SESSION_USER;
$$;


--
-- Name: FUNCTION person__get_my_entity_id(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__get_my_entity_id() IS ' Returns the entity_id of the current, logged in user.';


--
-- Name: asset_report; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_report (
    id integer NOT NULL,
    report_date date,
    gl_id bigint,
    asset_class bigint,
    report_class integer,
    entered_by bigint DEFAULT public.person__get_my_entity_id() NOT NULL,
    approved_by bigint,
    entered_at timestamp without time zone DEFAULT now(),
    approved_at timestamp without time zone,
    depreciated_qty numeric,
    dont_approve boolean DEFAULT false,
    submitted boolean DEFAULT false NOT NULL
);


--
-- Name: TABLE asset_report; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.asset_report IS ' Asset reports are discrete sets of depreciation or disposal transctions,
and each one may be turned into no more than one GL transaction.';


--
-- Name: asset_disposal__approve(integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_disposal__approve(in_id integer, in_gain_acct integer, in_loss_acct integer, in_asset_acct integer) RETURNS public.asset_report
    LANGUAGE plpgsql
    AS $$
DECLARE
   retval asset_report;
   iter record;
   t_disposed_percent numeric;
begin
-- this code is fairly opaque and needs more documentation that would be
-- otherwise optimal. This is mostly due to the fact that we have fairly
-- repetitive insert/select routines and the fact that the accounting
-- requirements are not immediately intuitive.  Inserts marked functionally along
-- with typical debit/credit designations.  Note debits are always negative.


retval := asset_report__record_approve(in_id);
if retval.report_class = 2 then
     t_disposed_percent := 100;
end if;

INSERT INTO gl (reference, description, approved, transdate, trans_type_code)
select 'Asset Report ' || in_id, 'Asset Disposal Report for ' || report_date,
       false, report_date, 'fd'
 FROM asset_report where id = in_id;

-- REMOVING ASSETS FROM ACCOUNT (Credit)
insert into acc_trans (trans_id, chart_id, amount, approved, transdate)
SELECT currval('id'), a.asset_account_id,
       a.purchase_value
       * (coalesce(t_disposed_percent, m.percent_disposed)/100),
       true, r.report_date
 FROM  asset_item a
 JOIN  asset_report_line l ON (l.asset_id = a.id)
 JOIN  asset_report r ON (r.id = l.report_id)
 JOIN  asset_rl_to_disposal_method m
        ON (l.report_id = m.report_id and l.asset_id = m.asset_id)
 WHERE r.id = in_id;

-- REMOVING ACCUM DEP. (Debit)
INSERT into acc_trans (trans_id, chart_id, amount, approved, transdate)
SELECT currval('id'), a.dep_account_id,
       sum(dl.amount) * -1
       * (coalesce(t_disposed_percent, m.percent_disposed)/100),
       true, r.report_date
 FROM  asset_item a
 JOIN  asset_report_line l ON (l.asset_id = a.id)
 JOIN  asset_report r ON (r.id = l.report_id)
 JOIN  asset_report_line dl ON (l.asset_id = dl.asset_id)
 JOIN  asset_rl_to_disposal_method m
        ON (l.report_id = m.report_id and l.asset_id = m.asset_id)
 JOIN  asset_report dr ON (dl.report_id = dr.id
                           and dr.report_class = 1
                           and dr.approved_at is not null)
 WHERE r.id = in_id
group by a.dep_account_id, m.percent_disposed, r.report_date;

-- INSERT asset/proceeds (Debit, credit for negative values)
INSERT INTO acc_trans (trans_id, chart_id, amount, approved, transdate)
SELECT currval('id'), in_asset_acct, coalesce(l.amount, 0) * -1, true, r.report_date
 FROM  asset_item a
 JOIN  asset_report_line l ON (l.asset_id = a.id)
 JOIN  asset_report r ON (r.id = l.report_id)
 JOIN  asset_rl_to_disposal_method m
        ON (l.report_id = m.report_id and l.asset_id = m.asset_id)
 WHERE r.id = in_id;

-- INSERT GAIN/LOSS (Credit for gain, debit for loss)
INSERT INTO acc_trans(trans_id, chart_id, amount, approved, transdate)
select currval('id'),
            CASE WHEN sum(amount) > 0 THEN in_loss_acct
            else in_gain_acct
        END,
        sum(amount) * -1 , true,
        retval.report_date
  FROM acc_trans
  WHERE trans_id = currval('id');

IF retval.report_class = 4 then
   PERFORM asset__import_from_disposal(retval.id);
end if;

return retval;
end;
$$;


--
-- Name: FUNCTION asset_disposal__approve(in_id integer, in_gain_acct integer, in_loss_acct integer, in_asset_acct integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_disposal__approve(in_id integer, in_gain_acct integer, in_loss_acct integer, in_asset_acct integer) IS ' This approves the asset_report for disposals, creating relevant GL drafts.

If the report is a partial disposal report, imports remaining percentages as new
asset items.';


--
-- Name: note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.note (
    id integer NOT NULL,
    note_class integer NOT NULL,
    note text NOT NULL,
    vector tsvector DEFAULT ''::tsvector NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER,
    ref_key integer NOT NULL,
    subject text,
    CONSTRAINT note_check CHECK (false) NO INHERIT
);


--
-- Name: TABLE note; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.note IS ' This is an abstract table which should have zero rows.  It is inherited by
other tables for specific notes.';


--
-- Name: COLUMN note.note; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.note.note IS 'Body of note.';


--
-- Name: COLUMN note.vector; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.note.vector IS 'tsvector for full text indexing, requires
both setting up tsearch dictionaries and adding triggers to use at present.';


--
-- Name: COLUMN note.ref_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.note.ref_key IS ' Subclassed tables use this column as a foreign key against the table storing
the record a note is attached to.';


--
-- Name: asset_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_note (
    CONSTRAINT asset_note_note_class_check CHECK ((note_class = 4))
)
INHERITS (public.note);


--
-- Name: asset_item__add_note(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_item__add_note(in_id integer, in_subject text, in_note text) RETURNS public.asset_note
    LANGUAGE sql
    AS $_$
INSERT INTO asset_note (ref_key, subject, note) values ($1, $2, $3);
SELECT * FROM asset_note WHERE id = currval('note_id_seq');
$_$;


--
-- Name: FUNCTION asset_item__add_note(in_id integer, in_subject text, in_note text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_item__add_note(in_id integer, in_subject text, in_note text) IS ' Adds a note to an asset item';


--
-- Name: asset_item__search(integer, integer, text, text, date, numeric, numeric, numeric, date, integer, integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_item__search(in_id integer, in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric, in_start_depreciation date, in_warehouse_id integer, in_department_id integer, in_invoice_id integer, in_asset_account_id integer, in_dep_account_id integer) RETURNS SETOF public.asset_item
    LANGUAGE sql
    AS $$
         SELECT * FROM asset_item
          WHERE (id = in_id or in_id is null)
                and (asset_class_id = in_asset_class or in_asset_class is null)
                and (description like '%'||in_description||'%'
                     or in_description is null)
                and (tag like '%' || in_tag || '%' or in_tag is null)
                and (purchase_value = in_purchase_value
                    or in_purchase_value is null)
                and (in_purchase_date = purchase_date
                    or in_purchase_date is null)
                and (start_depreciation = in_start_depreciation
                    or in_start_depreciation is null)
                and (in_warehouse_id = location_id OR in_warehouse_id is null)
                and (department_id = in_department_id
                    or in_department_id is null)
                and (in_invoice_id = invoice_id OR in_invoice_id IS NULL)
                and (asset_account_id = in_asset_account_id
                    or in_asset_account_id is null)
                and (dep_account_id = in_dep_account_id
                    or in_dep_account_id is null);
$$;


--
-- Name: FUNCTION asset_item__search(in_id integer, in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric, in_start_depreciation date, in_warehouse_id integer, in_department_id integer, in_invoice_id integer, in_asset_account_id integer, in_dep_account_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_item__search(in_id integer, in_asset_class integer, in_description text, in_tag text, in_purchase_date date, in_purchase_value numeric, in_usable_life numeric, in_salvage_value numeric, in_start_depreciation date, in_warehouse_id integer, in_department_id integer, in_invoice_id integer, in_asset_account_id integer, in_dep_account_id integer) IS ' Returns a list of matching asset items.  Nulls match all records.
Tag and description allow for partial match.  All other matches are exact.';


--
-- Name: asset_nbv_report(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_nbv_report() RETURNS SETOF public.asset_nbv_line
    LANGUAGE sql
    AS $$
   SELECT ai.id, ai.tag, ai.description, ai.start_depreciation,
          adm.short_name, ai.usable_life
           - months_passed(ai.start_depreciation,
                           coalesce(max(r.report_date),
                                    ai.start_depreciation))/ 12,
          ai.purchase_value - ai.salvage_value, ai.salvage_value, max(r.report_date),
          sum(rl.amount), ai.purchase_value - coalesce(sum(rl.amount), 0)
     FROM asset_item ai
     JOIN asset_class ac ON (ai.asset_class_id = ac.id)
     JOIN asset_dep_method adm ON (adm.id = ac.method)
LEFT JOIN (select arl.*
             from asset_report_line arl
             join asset_report ar on arl.report_id = ar.id
            where approved_at is not null) rl ON (ai.id = rl.asset_id)
LEFT JOIN asset_report r on (rl.report_id = r.id)
    WHERE r.id IS NULL OR r.approved_at IS NOT NULL
 GROUP BY ai.id, ai.tag, ai.description, ai.start_depreciation, ai.purchase_date,
          adm.short_name, ai.usable_life, ai.purchase_value, salvage_value
   HAVING (NOT 2 = ANY(as_array(r.report_class)))
          AND (NOT 4 = ANY(as_array(r.report_class)))
          OR max(r.report_class) IS NULL
 ORDER BY ai.id, ai.tag, ai.description;
$$;


--
-- Name: FUNCTION asset_nbv_report(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_nbv_report() IS ' Returns the current net book value report.';


--
-- Name: asset_report__approve(integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__approve(in_id integer, in_expense_acct integer, in_gain_acct integer, in_loss_acct integer) RETURNS public.asset_report
    LANGUAGE plpgsql
    AS $$
DECLARE ret_val asset_report;
BEGIN
        UPDATE asset_report
           SET approved_at = now(),
               approved_by = person__get_my_entity_id()
         where id = in_id;
        SELECT * INTO ret_val FROM asset_report WHERE id = in_id;
        if ret_val.dont_approve is not true then
                if ret_val.report_class = 1 THEN
                    PERFORM asset_report__generate_gl(in_id, in_expense_acct);
                ELSIF ret_val.report_class = 2 THEN
                    PERFORM asset_report__disposal_gl(
                                 in_id, in_gain_acct, in_loss_acct);
                ELSIF ret_val.report_class = 4 THEN
                    PERFORM asset_disposal__approve(in_id, in_gain_acct, in_loss_acct, (select asset_account_id from asset_class
                                                                                         where id = ret_val.asset_class)
                                                   );
                ELSE RAISE EXCEPTION 'Invalid report class';
                END IF;
        end if;
        SELECT * INTO ret_val FROM asset_report WHERE id = in_id;
        RETURN ret_val;
end;
$$;


--
-- Name: FUNCTION asset_report__approve(in_id integer, in_expense_acct integer, in_gain_acct integer, in_loss_acct integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__approve(in_id integer, in_expense_acct integer, in_gain_acct integer, in_loss_acct integer) IS ' This function approves an asset report (whether depreciation or disposal).
Also generates relevant GL drafts for review and posting.';


--
-- Name: asset_report__begin_disposal(integer, date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__begin_disposal(in_asset_class integer, in_report_date date, in_report_class integer) RETURNS public.asset_report
    LANGUAGE plpgsql
    AS $$
DECLARE retval asset_report;

begin

INSERT INTO asset_report (asset_class, report_date, entered_at, entered_by,
            report_class)
     VALUES (in_asset_class, in_report_date, now(), person__get_my_entity_id(),
            in_report_class);

SELECT * INTO retval FROM asset_report where id = currval('asset_report_id_seq');

return retval;

end;

$$;


--
-- Name: FUNCTION asset_report__begin_disposal(in_asset_class integer, in_report_date date, in_report_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__begin_disposal(in_asset_class integer, in_report_date date, in_report_class integer) IS ' Creates the asset report recofd for the asset disposal report.';


--
-- Name: asset_report__begin_import(integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__begin_import(in_asset_class integer, in_report_date date) RETURNS public.asset_report
    LANGUAGE sql
    AS $_$
INSERT INTO asset_report (asset_class, report_date, entered_at, entered_by,
            report_class, dont_approve)
     VALUES ($1, $2, now(), person__get_my_entity_id(),
            3, true);

SELECT * FROM asset_report where id = currval('asset_report_id_seq');

$_$;


--
-- Name: FUNCTION asset_report__begin_import(in_asset_class integer, in_report_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__begin_import(in_asset_class integer, in_report_date date) IS 'Creates the outline of an asset import report';


--
-- Name: asset_report__disposal_gl(integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__disposal_gl(in_id integer, in_gain_acct integer, in_loss_acct integer) RETURNS boolean
    LANGUAGE sql
    AS $_$
  INSERT INTO gl (reference, description, transdate, approved, trans_type_code)
  SELECT setting_increment('glnumber'), 'Asset Report ' || asset_report.id,
                report_date, false, 'fd'
    FROM asset_report
    JOIN asset_report_line ON (asset_report.id = asset_report_line.report_id)
    JOIN asset_item        ON (asset_report_line.asset_id = asset_item.id)
   WHERE asset_report.id = $1
GROUP BY asset_report.id, asset_report.report_date;

  INSERT
    INTO acc_trans (chart_id, trans_id, amount, approved, transdate)
  SELECT a.dep_account_id, currval('id')::int, sum(r.accum_depreciation) * -1,
         TRUE, r.disposed_on
    FROM asset_report__get_disposal($1) r
    JOIN asset_item a ON (r.id = a.id)
GROUP BY a.dep_account_id, r.disposed_on;

  -- GAIN is negative since it is a debit
  INSERT
    INTO acc_trans (chart_id, trans_id, amount, approved, transdate)
  SELECT case when sum(r.gain_loss) > 0 THEN $3 else $2 end,
         currval('id')::int, sum(r.gain_loss),
         TRUE, r.disposed_on
    FROM asset_report__get_disposal($1) r
    JOIN asset_item ai ON (r.id = ai.id)
GROUP BY r.disposed_on;

  INSERT
    INTO acc_trans (chart_id, trans_id, amount, approved, transdate)
  SELECT a.asset_account_id, currval('id')::int, sum(r.purchase_value),
         TRUE, r.disposed_on
    FROM asset_report__get_disposal($1) r
    JOIN asset_item a ON (r.id = a.id)
GROUP BY a.asset_account_id, r.disposed_on;


  SELECT TRUE;
$_$;


--
-- Name: FUNCTION asset_report__disposal_gl(in_id integer, in_gain_acct integer, in_loss_acct integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__disposal_gl(in_id integer, in_gain_acct integer, in_loss_acct integer) IS ' Generates GL transactions for ful disposal reports.';


--
-- Name: asset_report__dispose(integer, integer, numeric, integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__dispose(in_id integer, in_asset_id integer, in_amount numeric, in_dm integer, in_percent_disposed numeric) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT
      INTO asset_report_line (report_id, asset_id, amount)
    values (in_id, in_asset_id, in_amount);

    INSERT
      INTO asset_rl_to_disposal_method
           (report_id, asset_id, disposal_method_id, percent_disposed)
    VALUES (in_id, in_asset_id, in_dm, in_percent_disposed);

    RETURN TRUE;
    END;
$$;


--
-- Name: FUNCTION asset_report__dispose(in_id integer, in_asset_id integer, in_amount numeric, in_dm integer, in_percent_disposed numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__dispose(in_id integer, in_asset_id integer, in_amount numeric, in_dm integer, in_percent_disposed numeric) IS ' Disposes of an asset.  in_dm is the disposal method id.';


--
-- Name: asset_report__generate(boolean, integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__generate(in_depreciation boolean, in_asset_class integer, in_report_date date) RETURNS SETOF public.asset_item
    LANGUAGE sql
    AS $_$
   SELECT ai.*
     FROM asset_item ai
     JOIN asset_class ac ON (ai.asset_class_id = ac.id)
LEFT JOIN asset_report_line arl ON (arl.asset_id = ai.id)
LEFT JOIN asset_report ar ON (arl.report_id = ar.id)
    WHERE ai.start_depreciation <= $3 AND ac.id = $2
          AND obsolete_by IS NULL
 GROUP BY ai.id, ai.tag, ai.description, ai.purchase_value, ai.usable_life,
          ai.purchase_date, ai.location_id, ai.invoice_id, ai.asset_account_id,
          ai.dep_account_id, ai.asset_class_id, ai.start_depreciation,
          ai.salvage_value, ai.department_id, ai.exp_account_id, ai.obsolete_by
   HAVING (count(ar.report_class) = 0 OR
          (2 <> ALL(as_array(ar.report_class))
          and 4 <> ALL(as_array(ar.report_class))))
          AND ((ai.purchase_value - coalesce(sum(arl.amount), 0)
               > ai.salvage_value) and ai.obsolete_by is null)
               OR $1 is not true;
$_$;


--
-- Name: FUNCTION asset_report__generate(in_depreciation boolean, in_asset_class integer, in_report_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__generate(in_depreciation boolean, in_asset_class integer, in_report_date date) IS ' Generates lines to select/deselect for the asset report (depreciation or
disposal).';


--
-- Name: asset_report__generate_gl(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__generate_gl(in_report_id integer, in_accum_account_id integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
        t_report_dept record;
        t_dep_amount numeric;

Begin
        INSERT INTO gl (reference, description, transdate,
                        approved, trans_type_code)
        SELECT setting_increment('glnumber'),
               'Asset Report ' || asset_report.id,
                report_date,
                coalesce((select value::boolean from defaults
                           where setting_key = 'debug_fixed_assets'), true),
                'fa'
        FROM asset_report
        JOIN asset_report_line
                ON (asset_report.id = asset_report_line.report_id)
        JOIN asset_item
                ON (asset_report_line.asset_id = asset_item.id)
        WHERE asset_report.id = in_report_id
        GROUP BY asset_report.id, asset_report.report_date;

        INSERT INTO acc_trans (trans_id, chart_id, transdate, approved, amount)
        SELECT gl.id, a.exp_account_id, r.report_date, true, sum(amount) * -1
        FROM asset_report r
        JOIN asset_report_line l ON (r.id = l.report_id)
        JOIN asset_item a ON (l.asset_id = a.id)
        JOIN gl ON (gl.description = 'Asset Report ' || l.report_id)
        WHERE r.id = in_report_id
        GROUP BY gl.id, r.report_date, a.exp_account_id;

        INSERT INTO acc_trans (trans_id, chart_id, transdate, approved, amount)
        SELECT gl.id, a.dep_account_id, r.report_date, true, sum(amount)
        FROM asset_report r
        JOIN asset_report_line l ON (r.id = l.report_id)
        JOIN asset_item a ON (l.asset_id = a.id)
        JOIN gl ON (gl.description = 'Asset Report ' || l.report_id)
        WHERE r.id = in_report_id
        GROUP BY gl.id, a.dep_account_id, r.report_date, a.tag, a.description;

        RETURN in_report_id;
END;
$$;


--
-- Name: FUNCTION asset_report__generate_gl(in_report_id integer, in_accum_account_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__generate_gl(in_report_id integer, in_accum_account_id integer) IS ' Generates a GL transaction when the Asset report is approved.

Create approved transactions, unless the value of the setting_key
''debug_fixed_assets'' evaluates to false
';


--
-- Name: asset_report__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get(in_id integer) RETURNS public.asset_report
    LANGUAGE sql
    AS $_$
select * from asset_report where id = $1;
$_$;


--
-- Name: FUNCTION asset_report__get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get(in_id integer) IS ' Returns the asset_report line identified by id.';


--
-- Name: asset_report__get_disposal(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get_disposal(in_id integer) RETURNS SETOF public.asset_disposal_report_line
    LANGUAGE sql
    AS $_$
   SELECT ai.id, ai.tag, ai.description, ai.start_depreciation, r.report_date,
          dm.short_label, ai.purchase_value,
          sum (CASE WHEN pr.report_class in (1,3) THEN prl.amount ELSE 0 END)
          as accum_dep,
          l.amount,
          ai.purchase_value - sum(CASE WHEN pr.report_class in (1,3)
                                       THEN prl.amount
                                       ELSE 0
                                   END) as adjusted_basis,
          l.amount - ai.purchase_value + sum(CASE WHEN pr.report_class in (1,3)
                                                  THEN prl.amount
                                                  ELSE 0
                                              END) as gain_loss
     FROM asset_item ai
     JOIN asset_report_line l   ON (l.report_id = $1 AND ai.id = l.asset_id)
     JOIN asset_report r        ON (l.report_id = r.id)
LEFT JOIN asset_rl_to_disposal_method adm
                             USING (report_id, asset_id)
     JOIN asset_disposal_method dm
                                ON (adm.disposal_method_id = dm.id)
LEFT JOIN asset_report_line prl ON (prl.report_id <> $1
                                   AND ai.id = prl.asset_id)
LEFT JOIN asset_report pr       ON (prl.report_id = pr.id)
 GROUP BY ai.id, ai.tag, ai.description, ai.start_depreciation, r.report_date,
          ai.purchase_value, l.amount, dm.short_label
 ORDER BY ai.id, ai.tag;
$_$;


--
-- Name: FUNCTION asset_report__get_disposal(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get_disposal(in_id integer) IS ' Returns a set of lines of disposed assets in a disposal report, specified
by the report id.';


--
-- Name: asset_disposal_method; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_disposal_method (
    label text NOT NULL,
    id integer NOT NULL,
    multiple integer,
    short_label character(1),
    CONSTRAINT asset_disposal_method_multiple_check CHECK ((multiple = ANY (ARRAY[1, 0, '-1'::integer])))
);


--
-- Name: asset_report__get_disposal_methods(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get_disposal_methods() RETURNS SETOF public.asset_disposal_method
    LANGUAGE sql
    AS $$
SELECT * FROM asset_disposal_method order by label;
$$;


--
-- Name: FUNCTION asset_report__get_disposal_methods(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get_disposal_methods() IS ' Returns a list of asset_disposal_method items ordered by label.';


--
-- Name: asset_report__get_expense_accts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get_expense_accts() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
    SELECT * FROM account__get_by_link_desc('asset_expense');
$$;


--
-- Name: FUNCTION asset_report__get_expense_accts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get_expense_accts() IS ' Lists all asset expense reports.';


--
-- Name: asset_report__get_gain_accts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get_gain_accts() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
    SELECT * FROM account__get_by_link_desc('asset_gain');
$$;


--
-- Name: FUNCTION asset_report__get_gain_accts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get_gain_accts() IS ' Returns a list of gain accounts for asset depreciation and disposal reports.
';


--
-- Name: asset_report__get_lines(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get_lines(in_id integer) RETURNS SETOF public.asset_report_line_result
    LANGUAGE sql
    AS $_$
   select ai.tag, ai.start_depreciation, ai.purchase_value, m.short_name,
          ai.usable_life,
          ai.purchase_value - ai.salvage_value, max(pr.report_date),
          sum(case when pr.report_date < r.report_date then prl.amount
                   else 0
                end),
          rl.amount,
          sum (case when extract(year from pr.report_date)
                         = extract(year from r.report_date)
                         AND pr.report_date < r.report_date
                    then prl.amount
                    else 0
                end),
          sum(prl.amount),
          ai.description, ai.purchase_date
     FROM asset_item ai
     JOIN asset_class c ON (ai.asset_class_id = c.id)
     JOIN asset_dep_method m ON (c.method = m.id)
     JOIN asset_report_line rl ON (rl.asset_id = ai.id)
     JOIN asset_report r ON (rl.report_id = r.id)
LEFT JOIN asset_report_line prl ON (prl.asset_id = ai.id)
LEFT JOIN asset_report pr ON (prl.report_id = pr.id)
    WHERE rl.report_id = $1
 GROUP BY ai.tag, ai.start_depreciation, ai.purchase_value, m.short_name,
          ai.usable_life, ai.salvage_value, r.report_date, rl.amount,
          ai.description, ai.purchase_date;
$_$;


--
-- Name: FUNCTION asset_report__get_lines(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get_lines(in_id integer) IS ' Returns the lines of an asset depreciation report.';


--
-- Name: asset_report__get_loss_accts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__get_loss_accts() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
    SELECT * FROM account__get_by_link_desc('asset_loss');
$$;


--
-- Name: FUNCTION asset_report__get_loss_accts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__get_loss_accts() IS ' Returns a list of loss accounts for asset depreciation and disposal reports.
';


--
-- Name: asset_report__import(text, text, numeric, numeric, numeric, date, date, integer, integer, integer, integer, integer, integer, integer, integer, numeric, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__import(in_description text, in_tag text, in_purchase_value numeric, in_salvage_value numeric, in_usable_life numeric, in_purchase_date date, in_start_depreciation date, in_location_id integer, in_department_id integer, in_asset_account_id integer, in_dep_account_id integer, in_exp_account_id integer, in_asset_class_id integer, in_invoice_id integer, in_dep_report_id integer, in_accum_dep numeric, in_obsolete_other boolean) RETURNS boolean
    LANGUAGE sql
    AS $_$

SET CONSTRAINTS asset_item_obsolete_by_fkey DEFERRED;
-- This fails a deferrable fkey constraint but avoids a partial unique index
-- so in this case, the foreign key is deferred for the duration of this
-- specific stored proc call.

UPDATE asset_item
   SET obsolete_by = -1
 WHERE tag = $2 and $17 is true;

INSERT
  INTO asset_report_line
       (report_id, asset_id, amount, department_id, warehouse_id)
select $15, id, $16, department_id, location_id
  from asset__save
       (NULL, $13, $1, $2, $6, $3, $5, coalesce($4, 0), $7, $8, $9, $14, $10, $11, $12);

UPDATE asset_item
   SET obsolete_by = currval('asset_item_id_seq')
 WHERE obsolete_by = -1;

-- enforce fkeys now and raise exception if fail
SET CONSTRAINTS asset_item_obsolete_by_fkey IMMEDIATE;
SELECT true;
$_$;


--
-- Name: FUNCTION asset_report__import(in_description text, in_tag text, in_purchase_value numeric, in_salvage_value numeric, in_usable_life numeric, in_purchase_date date, in_start_depreciation date, in_location_id integer, in_department_id integer, in_asset_account_id integer, in_dep_account_id integer, in_exp_account_id integer, in_asset_class_id integer, in_invoice_id integer, in_dep_report_id integer, in_accum_dep numeric, in_obsolete_other boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__import(in_description text, in_tag text, in_purchase_value numeric, in_salvage_value numeric, in_usable_life numeric, in_purchase_date date, in_start_depreciation date, in_location_id integer, in_department_id integer, in_asset_account_id integer, in_dep_account_id integer, in_exp_account_id integer, in_asset_class_id integer, in_invoice_id integer, in_dep_report_id integer, in_accum_dep numeric, in_obsolete_other boolean) IS ' Imports an asset with the supplied information.  If in_obsolete_other is
false, this creates a new depreciable asset.  If it is true, it sets up the
other asset as obsolete.  This is the way partial disposal reports are handled.
';


--
-- Name: asset_report__record_approve(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__record_approve(in_id integer) RETURNS public.asset_report
    LANGUAGE sql
    AS $_$
UPDATE asset_report
   set approved_by = person__get_my_entity_id(),
       approved_at = now()
 where id = $1;

select * from asset_report where id = $1;

$_$;


--
-- Name: FUNCTION asset_report__record_approve(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__record_approve(in_id integer) IS 'Marks the asset_report record approved.  Not generally recommended to call
directly.';


--
-- Name: asset_report__save(integer, date, integer, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__save(in_id integer, in_report_date date, in_report_class integer, in_asset_class integer, in_submit boolean) RETURNS public.asset_report
    LANGUAGE plpgsql
    AS $$
DECLARE
        ret_val asset_report;
        item record;
        method_text text;
BEGIN
        UPDATE asset_report
        set asset_class = in_asset_class,
                report_class = in_report_class,
                report_date = in_report_date,
                submitted = (in_submit or submitted)
        WHERE id = in_id;

        IF FOUND THEN
                SELECT * INTO ret_val FROM asset_report WHERE id = in_id;
        ELSE
                INSERT INTO asset_report(report_class, asset_class, report_date,
                        submitted)
                values (in_report_class, in_asset_class, in_report_date,
                        coalesce(in_submit, true));

                SELECT * INTO ret_val FROM asset_report
                WHERE id = currval('asset_report_id_seq');

        END IF;
        RETURN ret_val;

END;
$$;


--
-- Name: FUNCTION asset_report__save(in_id integer, in_report_date date, in_report_class integer, in_asset_class integer, in_submit boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__save(in_id integer, in_report_date date, in_report_class integer, in_asset_class integer, in_submit boolean) IS ' Creates or updates an asset report with the information presented.  Note that
approval values are not set here, and that one cannot unsubmit a report though
this function.';


--
-- Name: asset_report__search(date, date, integer, boolean, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report__search(in_start_date date, in_end_date date, in_asset_class integer, in_approved boolean, in_entered_by integer) RETURNS SETOF public.asset_report_result
    LANGUAGE sql
    AS $_$

  SELECT r.id, r.report_date, r.gl_id, r.asset_class, r.report_class,
         r.entered_by, r.approved_by, r.entered_at, r.approved_at,
         r.depreciated_qty, r.dont_approve, r.submitted, sum(l.amount)
    FROM asset_report r
    JOIN asset_report_line l ON (l.report_id = r.id)
   where ($1 is null or $1 <= report_date)
         and ($2 is null or $2 >= report_date)
         and ($3 is null or $3 = asset_class)
         and ($4 is null
              or ($4 is true and approved_by is not null)
              or ($4 is false and approved_by is null))
         and ($5 is null or $5 = entered_by)
GROUP BY r.id, r.report_date, r.gl_id, r.asset_class, r.report_class,
         r.entered_by, r.approved_by, r.entered_at, r.approved_at,
         r.depreciated_qty, r.dont_approve, r.submitted;
$_$;


--
-- Name: FUNCTION asset_report__search(in_start_date date, in_end_date date, in_asset_class integer, in_approved boolean, in_entered_by integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report__search(in_start_date date, in_end_date date, in_asset_class integer, in_approved boolean, in_entered_by integer) IS ' Searches for asset reports.  Nulls match all rows.  Approved, asset class,
and entered_by are exact matches.  Start_date and end_date define the beginning
and end of the search date. ';


--
-- Name: asset_report_partial_disposal_details(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.asset_report_partial_disposal_details(in_id integer) RETURNS SETOF public.partial_disposal_line
    LANGUAGE sql
    AS $_$
SELECT ai.id, ai.tag, ai.start_depreciation, ai.purchase_value, ai.description,
       ar.report_date, arld.percent_disposed,
       (arld.percent_disposed / 100) * ai.purchase_value,
       100 - arld.percent_disposed,
       ((100 - arld.percent_disposed)/100) * ai.purchase_value
  FROM asset_item ai
  JOIN asset_report_line l ON (ai.id = l.asset_id)
  JOIN asset_report ar ON (ar.id = l.report_id)
  JOIN asset_rl_to_disposal_method arld
       ON  ((arld.report_id, arld.asset_id) = (l.report_id, l.asset_id))
 WHERE ar.id = $1;
$_$;


--
-- Name: FUNCTION asset_report_partial_disposal_details(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.asset_report_partial_disposal_details(in_id integer) IS ' Returns the partial disposal details for a partial disposal report.';


--
-- Name: avgcost(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.avgcost(integer) RETURNS double precision
    LANGUAGE plpgsql
    AS $_$

DECLARE

v_cost float;
v_qty float;
v_parts_id alias for $1;

BEGIN

  SELECT INTO v_cost, v_qty SUM(i.sellprice * i.qty), SUM(i.qty)
  FROM invoice i
  JOIN ap a ON (a.id = i.trans_id)
  WHERE i.parts_id = v_parts_id;

  IF v_cost IS NULL THEN
    v_cost := 0;
  END IF;

  IF NOT v_qty IS NULL THEN
    IF v_qty = 0 THEN
      v_cost := 0;
    ELSE
      v_cost := v_cost/v_qty;
    END IF;
  END IF;

RETURN v_cost;
END;
$_$;


--
-- Name: batch__lock(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch__lock(in_batch_id integer) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    AS $$
UPDATE batch SET locked_by = (select max(session_id)
                                FROM "session" where users_id = (
                                        select id from users
                                         WHERE username = SESSION_USER))
 WHERE locked_by IS NULL
RETURNING true;
$$;


--
-- Name: batch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.batch (
    id integer NOT NULL,
    batch_class_id integer NOT NULL,
    control_code text NOT NULL,
    description text,
    default_date date NOT NULL,
    approved_on date,
    approved_by integer,
    created_by integer,
    locked_by integer,
    created_on date DEFAULT now(),
    CONSTRAINT batch_control_code_check CHECK ((length(control_code) > 0))
);


--
-- Name: TABLE batch; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.batch IS ' Stores batch header info.  Batches are groups of vouchers that are posted
together.';


--
-- Name: COLUMN batch.batch_class_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.batch.batch_class_id IS ' Note that this field is largely used for sorting the vouchers.  A given batch is NOT restricted to this type.';


--
-- Name: batch__lock_for_update(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch__lock_for_update(in_batch_id integer) RETURNS public.batch
    LANGUAGE sql SECURITY DEFINER
    AS $_$
SELECT * FROM batch WHERE id = $1 FOR UPDATE;
$_$;


--
-- Name: FUNCTION batch__lock_for_update(in_batch_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch__lock_for_update(in_batch_id integer) IS ' Locks a batch for the duration of the running transaction.
To be used when adding vouchers to the batch to prevent others
from hitting the batch for other purposes (e.g. approval) ';


--
-- Name: batch__search(integer, text, integer, date, date, numeric, numeric, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch__search(in_class_id integer, in_description text, in_created_by_eid integer, in_date_from date, in_date_to date, in_amount_gt numeric, in_amount_lt numeric, in_approved boolean) RETURNS SETOF public.batch_list_item
    LANGUAGE sql
    AS $$
                SELECT b.id, c.class, b.control_code, b.description, u.username,
                        b.created_on, b.default_date,
                        sum(
                                CASE WHEN vc.id = 5 AND al.amount < 0 -- GL
                                     THEN al.amount
                                     WHEN vc.id  = 1
                                     THEN ap.amount
                                     WHEN vc.id = 2
                                     THEN ar.amount
                                     ELSE 0
                                END) AS transaction_total,
                        sum(
                                CASE WHEN l.description = 'AR' AND vc.id IN (6, 7)
                                     THEN al.amount
                                     WHEN l.description = 'AP' AND vc.id IN (3, 4)
                                     THEN al.amount * -1
                                     ELSE 0
                                END
                           ) AS payment_total,
                     batch__lock(b.id)
                FROM batch b
                JOIN batch_class c ON (b.batch_class_id = c.id)
                LEFT JOIN users u ON (u.entity_id = b.created_by)
                LEFT JOIN voucher v ON (v.batch_id = b.id)
                LEFT JOIN batch_class vc ON (v.batch_class = vc.id)
                LEFT JOIN ar ON (vc.id = 2 AND v.trans_id = ar.id)
                LEFT JOIN ap ON (vc.id = 1 AND v.trans_id = ap.id)
                LEFT JOIN acc_trans al ON
                        ((vc.id = 5 AND v.trans_id = al.trans_id) OR
                                (vc.id IN (3, 4, 6, 7)
                                        AND al.voucher_id = v.id))
                LEFT JOIN account_link l ON (al.chart_id = l.account_id)
                WHERE (c.id = in_class_id OR in_class_id IS NULL) AND
                        (b.description LIKE
                                '%' || in_description || '%' OR
                                in_description IS NULL) AND
                        (in_created_by_eid = b.created_by OR
                                in_created_by_eid IS NULL) AND
                        (((in_approved = false OR in_approved IS NULL)
                          AND approved_on IS NULL)
                         OR (in_approved = true AND approved_on IS NOT NULL))
                        and (in_date_from IS NULL
                                or b.default_date >= in_date_from)
                        and (in_date_to IS NULL
                                or b.default_date <= in_date_to)
                GROUP BY b.id, c.class, b.description, u.username, b.created_on,
                        b.control_code, b.default_date
                HAVING
                        (in_amount_gt IS NULL OR
                        sum(coalesce(ar.amount, ap.amount,
                                al.amount))
                        >= in_amount_gt)
                        AND
                        (in_amount_lt IS NULL OR
                        sum(coalesce(ar.amount, ap.amount,
                                al.amount))
                        <= in_amount_lt)
                ORDER BY b.control_code, b.description

$$;


--
-- Name: FUNCTION batch__search(in_class_id integer, in_description text, in_created_by_eid integer, in_date_from date, in_date_to date, in_amount_gt numeric, in_amount_lt numeric, in_approved boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch__search(in_class_id integer, in_description text, in_created_by_eid integer, in_date_from date, in_date_to date, in_amount_gt numeric, in_amount_lt numeric, in_approved boolean) IS 'Returns a list of batches and amounts processed on the batch.

Nulls match all values.
in_date_from and in_date_to specify date ranges.
in_description is a partial match.
All other criteria are exact matches.
';


--
-- Name: batch__unlock(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch__unlock(in_batch_id integer) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    AS $_$
UPDATE batch SET locked_by = NULL
 WHERE id = $1 AND locked_by IN (select session_id
                                   from "session" s
                                   join users u on (u.id = s.users_id)
                                  where username = SESSION_USER)
RETURNING true;
$_$;


--
-- Name: batch_create(text, text, text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_create(in_batch_number text, in_description text, in_batch_class text, in_batch_date date) RETURNS integer
    LANGUAGE sql
    AS $$
        INSERT INTO
                batch (batch_class_id, default_date, description, control_code,
                        created_by)
        VALUES ((SELECT id FROM batch_class WHERE class = in_batch_class),
                in_batch_date, in_description, in_batch_number,
                        (select entity_id FROM users WHERE username = session_user))
        RETURNING id;

$$;


--
-- Name: FUNCTION batch_create(in_batch_number text, in_description text, in_batch_class text, in_batch_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_create(in_batch_number text, in_description text, in_batch_class text, in_batch_date date) IS ' Inserts the batch into the table.';


--
-- Name: batch_delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_delete(in_batch_id integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
        t_transaction_ids int[];
BEGIN
        -- Adjust AR/AP tables for payment and payment reversal vouchers
        -- voucher_id is only set in acc_trans on payment/receipt vouchers and
        -- their reversals. -CT
        perform * from batch where id = in_batch_id and approved_on IS NULL;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'Batch not found';
        END IF;

        DELETE FROM ac_tax_form WHERE entry_id IN
               (select entry_id from acc_trans where voucher_id in
                       (select id from voucher where batch_id = in_batch_id)
               );

        DELETE FROM acc_trans WHERE voucher_id IN
                (select id FROM voucher where batch_id = in_batch_id);

        -- The rest of this function involves the deletion of actual
        -- transactions, vouchers, and batches, and jobs which are in progress.
        -- -CT
        SELECT as_array(trans_id) INTO t_transaction_ids
        FROM voucher WHERE batch_id = in_batch_id AND batch_class IN (1, 2, 5, 8, 9);

        DELETE FROM ac_tax_form WHERE entry_id in
               (select entry_id from acc_trans
                 where trans_id = any(t_transaction_ids));
        DELETE FROM invoice_tax_form WHERE invoice_id in
               (select id from invoice
                 where trans_id = any(t_transaction_ids));

        DELETE FROM invoice WHERE trans_id = ANY(t_transaction_ids);
        DELETE FROM acc_trans WHERE trans_id = ANY(t_transaction_ids);
        DELETE FROM ar WHERE id = ANY(t_transaction_ids);
        DELETE FROM ap WHERE id = ANY(t_transaction_ids);
        DELETE FROM gl WHERE id = ANY(t_transaction_ids);
        DELETE FROM voucher WHERE batch_id = in_batch_id;
        DELETE FROM batch WHERE id = in_batch_id;
        DELETE FROM transactions WHERE id = ANY(t_transaction_ids);

        RETURN 1;
END;
$$;


--
-- Name: FUNCTION batch_delete(in_batch_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_delete(in_batch_id integer) IS ' If the batch is found and unapproved, deletes it and returns 1.
Otherwise raises an exception.';


--
-- Name: batch_get_class_id(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_get_class_id(in_type text) RETURNS integer
    LANGUAGE sql
    AS $_$
SELECT id FROM batch_class WHERE class = $1;
$_$;


--
-- Name: FUNCTION batch_get_class_id(in_type text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_get_class_id(in_type text) IS ' returns the batch class id associated with the in_type label provided.';


--
-- Name: batch_get_users(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_get_users() RETURNS SETOF public.users
    LANGUAGE sql
    AS $$
                SELECT * from users WHERE entity_id IN (select created_by from batch)
$$;


--
-- Name: FUNCTION batch_get_users(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_get_users() IS ' Returns a sim[ple set of user objects.  This should be renamed so that
it is more obvious it is a general purpose function.';


--
-- Name: batch_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.batch_class (
    id integer NOT NULL,
    class character varying NOT NULL
);


--
-- Name: TABLE batch_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.batch_class IS ' These values are hard-coded.  Please coordinate before adding standard
values. Values from 900 to 999 are reserved for local use.';


--
-- Name: batch_list_classes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_list_classes() RETURNS SETOF public.batch_class
    LANGUAGE plpgsql
    AS $$
DECLARE out_val record;
BEGIN
        FOR out_val IN select * from batch_class order by id
        LOOP
                return next out_val;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION batch_list_classes(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_list_classes() IS ' Returns a list of all batch classes.';


--
-- Name: batch_post(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_post(in_batch_id integer) RETURNS date
    LANGUAGE sql SECURITY DEFINER
    AS $$
        UPDATE ar SET approved = true
        WHERE id IN (select trans_id FROM voucher
                WHERE batch_id = in_batch_id
                AND batch_class = 2);

        UPDATE ap SET approved = true
        WHERE id IN (select trans_id FROM voucher
                WHERE batch_id = in_batch_id
                AND batch_class = 1);

        UPDATE gl SET approved = true
        WHERE id IN (select trans_id FROM voucher
                WHERE batch_id = in_batch_id
                AND batch_class = 5);

        UPDATE acc_trans SET approved = true
        WHERE voucher_id IN (select id FROM voucher
                WHERE batch_id = in_batch_id
                AND batch_class IN (3, 4, 6, 7));

        UPDATE batch
        SET approved_on = now(),
                approved_by = (select entity_id FROM users
                        WHERE username = SESSION_USER)
        WHERE id = in_batch_id;

        SELECT now()::date;
$$;


--
-- Name: FUNCTION batch_post(in_batch_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_post(in_batch_id integer) IS ' Posts the specified batch to the books.  Only posted batches should show up
on standard financial reports.';


--
-- Name: batch_search_empty(integer, text, integer, numeric, numeric, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_search_empty(in_class_id integer, in_description text, in_created_by_eid integer, in_amount_gt numeric, in_amount_lt numeric, in_approved boolean) RETURNS SETOF public.batch_list_item
    LANGUAGE sql
    AS $$
               SELECT b.id, c.class, b.control_code, b.description, u.username,
                        b.created_on, b.default_date, 0::numeric, 0::numeric, false
                FROM batch b
                JOIN batch_class c ON (b.batch_class_id = c.id)
                JOIN users u ON (u.entity_id = b.created_by)
                LEFT JOIN voucher v ON (v.batch_id = b.id)
               where v.id is null
                     and(u.entity_id = in_created_by_eid
                     or in_created_by_eid is null) and
                     (in_description is null or b.description
                     like '%'  || in_description || '%') and
                     (in_class_id is null or c.id = in_class_id)
            GROUP BY b.id, c.class, b.description, u.username, b.created_on,
                     b.control_code, b.default_date
            ORDER BY b.control_code, b.description


$$;


--
-- Name: FUNCTION batch_search_empty(in_class_id integer, in_description text, in_created_by_eid integer, in_amount_gt numeric, in_amount_lt numeric, in_approved boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_search_empty(in_class_id integer, in_description text, in_created_by_eid integer, in_amount_gt numeric, in_amount_lt numeric, in_approved boolean) IS ' This is a full search for the batches, listing them by amount processed.
in_amount_gt and in_amount_lt provide a range to search for.
in_description is a partial match field.
Other fields are exact matches.

NULLs match all values.
';


--
-- Name: batch_search_mini(integer, text, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.batch_search_mini(in_class_id integer, in_description text, in_created_by_eid integer, in_approved boolean) RETURNS SETOF public.batch_list_item
    LANGUAGE sql
    AS $$
                SELECT b.id, c.class, b.control_code, b.description, u.username,
                        b.created_on, b.default_date, NULL::NUMERIC, NULL::numeric, false
                FROM batch b
                JOIN batch_class c ON (b.batch_class_id = c.id)
                LEFT JOIN users u ON (u.entity_id = b.created_by)
                WHERE (c.id = in_class_id OR in_class_id IS NULL) AND
                        (b.description LIKE
                                '%' || in_description || '%' OR
                                in_description IS NULL) AND
                        (in_created_by_eid = b.created_by OR
                                in_created_by_eid IS NULL) AND
                        ((in_approved = false OR in_approved IS NULL AND
                                approved_on IS NULL) OR
                                (in_approved = true AND approved_on IS NOT NULL)
                        )
                GROUP BY b.id, c.class, b.description, u.username, b.created_on,
                        b.control_code, b.default_date
$$;


--
-- Name: FUNCTION batch_search_mini(in_class_id integer, in_description text, in_created_by_eid integer, in_approved boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.batch_search_mini(in_class_id integer, in_description text, in_created_by_eid integer, in_approved boolean) IS ' This performs a simple search of open batches created by the entity_id
in question.  This is used to pull up batches that were currently used so that
they can be picked up and more vouchers added.

NULLs match all values.
in_description is a partial match
All other inouts are exact matches.
';


--
-- Name: budget__approve(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__approve(in_id integer) RETURNS public.budget_info_ext
    LANGUAGE sql
    AS $_$
UPDATE budget_info
   set approved_at = now(), approved_by = person__get_my_entity_id()
 WHERE id = $1;

SELECT budget__get_info($1);
$_$;


--
-- Name: business_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit (
    id integer NOT NULL,
    class_id integer NOT NULL,
    control_code text,
    description text,
    start_date date,
    end_date date,
    parent_id integer,
    credit_id integer
);


--
-- Name: TABLE business_unit; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.business_unit IS ' Tracks Projects, Departments, Funds, Etc.';


--
-- Name: budget__get_business_units(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__get_business_units(in_id integer) RETURNS SETOF public.business_unit
    LANGUAGE sql
    AS $_$ select bu.*
     FROM business_unit bu
     JOIN budget_to_business_unit b2bu ON b2bu.bu_id = bu.id
     JOIN budget_info bi ON bi.id = b2bu.budget_id
    WHERE bi.id = $1
 ORDER BY bu.class_id;
$_$;


--
-- Name: budget__get_details(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__get_details(in_id integer) RETURNS SETOF public.budget_line_details
    LANGUAGE sql
    AS $_$
  SELECT l.budget_id, l.account_id, l.description, l.amount,
         a.accno, a.description,
         CASE WHEN l.amount < 0 THEN l.amount * -1 ELSE NULL END,
         CASE WHEN l.amount > 0 THEN l.amount ELSE NULL END
    FROM budget_line l
    JOIN account a ON a.id = l.account_id
   where budget_id = $1;
$_$;


--
-- Name: FUNCTION budget__get_details(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__get_details(in_id integer) IS ' This retrieves the budget lines associated with a budget.';


--
-- Name: budget__get_info(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__get_info(in_id integer) RETURNS public.budget_info_ext
    LANGUAGE sql
    AS $_$
select bi.id, bi.start_date, bi.end_date, bi.reference, bi.description,
       bi.entered_by, bi.approved_by, bi.obsolete_by, bi.entered_at,
       bi.approved_at, bi.obsolete_at,
       ee.name, ae.name, oe.name
  from budget_info bi
  JOIN entity ee ON bi.entered_by = ee.id
  LEFT JOIN entity ae ON bi.approved_by = ae.id
  LEFT JOIN entity oe ON bi.obsolete_by = oe.id
 where bi.id = $1;
$_$;


--
-- Name: FUNCTION budget__get_info(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__get_info(in_id integer) IS ' Selects the budget info. ';


--
-- Name: budget_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.budget_note (
    CONSTRAINT budget_note_note_class_check CHECK ((note_class = 6))
)
INHERITS (public.note);


--
-- Name: budget__get_notes(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__get_notes(in_id integer) RETURNS SETOF public.budget_note
    LANGUAGE sql
    AS $_$
SELECT * FROM budget_note WHERE ref_key = $1
 ORDER BY created;
$_$;


--
-- Name: FUNCTION budget__get_notes(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__get_notes(in_id integer) IS ' Returns all notes associated with a budget, by default in the order they
were created.';


--
-- Name: budget__mark_obsolete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__mark_obsolete(in_id integer) RETURNS public.budget_info_ext
    LANGUAGE sql
    AS $_$
UPDATE budget_info
   set obsolete_by = person__get_my_entity_id(), obsolete_at = now()
 WHERE id = $1 and approved_by is not null;
SELECT budget__get_info($1)
$_$;


--
-- Name: FUNCTION budget__mark_obsolete(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__mark_obsolete(in_id integer) IS ' Marks a budget as obsolete ';


--
-- Name: budget__reject(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__reject(in_id integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN

DELETE FROM budget_line
 WHERE budget_id IN (SELECT id from budget_info
                      WHERE id = in_id AND approved_by IS NULL);

DELETE FROM budget_to_project
 WHERE budget_id IN (SELECT id from budget_info
                      WHERE id = in_id AND approved_by IS NULL);

DELETE FROM budget_to_department
 WHERE budget_id IN (SELECT id from budget_info
                      WHERE id = in_id AND approved_by IS NULL);

DELETE FROM budget_info WHERE id = in_id AND approved_by IS NULL;

RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION budget__reject(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__reject(in_id integer) IS ' Deletes unapproved budgets only.';


--
-- Name: budget__save_details(integer, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__save_details(in_id integer, in_details text[]) RETURNS public.budget_info_ext
    LANGUAGE plpgsql
    AS $$
DECLARE
   loop_count int;
   retval budget_info_ext;
BEGIN
    FOR loop_count in
        array_lower(in_details, 1) ..
        array_upper(in_details, 1)
    LOOP
        INSERT INTO budget_line
                    (budget_id,
                     account_id,
                     description,
                     amount)
             VALUES (in_id,
                     in_details[loop_count][1]::int,
                     in_details[loop_count][2],
                     in_details[loop_count][3]::numeric);
    END LOOP;
    retval := budget__get_info(in_id);
    return retval;
END;
$$;


--
-- Name: FUNCTION budget__save_details(in_id integer, in_details text[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__save_details(in_id integer, in_details text[]) IS ' This saves the line items for the budget.  in_details is an array n long
where each entry is {int account_id, text description, numeric amount}.  The
in_id parameter is the budget_id.';


--
-- Name: budget__save_info(integer, date, date, text, text, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__save_info(in_id integer, in_start_date date, in_end_date date, in_reference text, in_description text, in_business_units integer[]) RETURNS public.budget_info_ext
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
   retval budget_info_ext;
   t_id int;
BEGIN

   PERFORM * FROM budget_info WHERE id = in_id and approved_by is not null;
   IF FOUND THEN
       RAISE EXCEPTION 'report approved';
   END IF;

  UPDATE budget_info
     SET start_date = in_start_date,
         end_date = in_end_date,
         reference = in_reference,
         description = in_description
   WHERE id = in_id and approved_by is null;
  IF FOUND THEN
      t_id := in_id;
  ELSE
       INSERT INTO budget_info (start_date, end_date, reference, description)
            VALUES (in_start_date, in_end_date, in_reference, in_description);
       t_id = currval('budget_info_id_seq');

       INSERT INTO budget_to_business_unit(budget_id, bu_id, bu_class)
       SELECT t_id, id, class_id
         FROM business_unit
        WHERE id = ANY(in_business_units);
  END IF;
  retval := budget__get_info(t_id);
  return retval;
END;
$$;


--
-- Name: FUNCTION budget__save_info(in_id integer, in_start_date date, in_end_date date, in_reference text, in_description text, in_business_units integer[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__save_info(in_id integer, in_start_date date, in_end_date date, in_reference text, in_description text, in_business_units integer[]) IS 'Saves the extended budget info passed through to the function.  See the
comment on type budget_info_ext for more information.';


--
-- Name: budget__save_note(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__save_note(in_id integer, in_subject text, in_note text) RETURNS public.budget_note
    LANGUAGE sql
    AS $_$
INSERT INTO budget_note (subject, note, ref_key)
     values ($2, $3, $1);

SELECT * FROM budget_note WHERE id = currval('note_id_seq'::regclass);
$_$;


--
-- Name: FUNCTION budget__save_note(in_id integer, in_subject text, in_note text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__save_note(in_id integer, in_subject text, in_note text) IS ' Saves a note attached to a budget.';


--
-- Name: budget__search(date, date, date, text, text, integer, integer, integer, integer[], boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__search(in_start_date date, in_end_date date, in_includes_date date, in_reference text, in_description text, in_entered_by integer, in_approved_by integer, in_obsolete_by integer, in_business_units integer[], in_is_approved boolean, in_is_obsolete boolean) RETURNS SETOF public.budget_info_ext
    LANGUAGE sql
    AS $_$
select bi.id, bi.start_date, bi.end_date, bi.reference, bi.description,
       bi.entered_by, bi.approved_by, bi.obsolete_by, bi.entered_at,
       bi.approved_at, bi.obsolete_at,
       ee.name, ae.name, oe.name
  from budget_info bi
  JOIN entity ee ON bi.entered_by = ee.id
  LEFT JOIN entity ae ON bi.approved_by = ae.id
  LEFT JOIN entity oe ON bi.obsolete_by = oe.id
 WHERE (start_date = $1 or $1 is null) AND ($2 = end_date or $2 is null)
       AND ($3 BETWEEN start_date AND end_date or $2 is null)
       AND ($4 ilike reference || '%' or $4 is null)
       AND (bi.description @@ plainto_tsquery($5) or $5 is null)
       AND ($6 = entered_by or $6 is null)
       AND ($7 = approved_by or $7 is null)
       AND ($8 = obsolete_by or $8 is null)
       AND ($10 IS NULL OR ($10 = (approved_by IS NOT NULL)))
       AND ($11 IS NULL OR ($11 = (obsolete_by IS NOT NULL)))
 ORDER BY reference;
$_$;


--
-- Name: FUNCTION budget__search(in_start_date date, in_end_date date, in_includes_date date, in_reference text, in_description text, in_entered_by integer, in_approved_by integer, in_obsolete_by integer, in_business_units integer[], in_is_approved boolean, in_is_obsolete boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__search(in_start_date date, in_end_date date, in_includes_date date, in_reference text, in_description text, in_entered_by integer, in_approved_by integer, in_obsolete_by integer, in_business_units integer[], in_is_approved boolean, in_is_obsolete boolean) IS ' This is a general search for budgets';


--
-- Name: budget__variance_report(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.budget__variance_report(in_id integer) RETURNS SETOF public.budget_variance_report
    LANGUAGE sql
    AS $_$
   WITH agg_account (amount, id, transdate)
        AS ( SELECT ac.amount *
                    CASE WHEN a.contra THEN -1 ELSE 1 END *
                    CASE WHEN a.category IN ('A', 'E') THEN -1 ELSE 1 END
                    AS amount,
                    ac.chart_id, ac.transdate
               FROM acc_trans ac
               JOIN account a ON ac.chart_id = a.id
           )
   SELECT act.accno, act.description, act.id, b.description, b.amount,
          coalesce(sum(a.amount), 0),
          b.amount - coalesce(sum(a.amount), 0) AS variance
     FROM budget_info bi
     JOIN budget_line b ON bi.id = b.budget_id
     JOIN account act ON act.id = b.account_id
LEFT JOIN agg_account a ON a.transdate BETWEEN bi.start_date and bi.end_date
                           AND a.id = b.account_id
    WHERE bi.id = $1
 GROUP BY act.accno, act.description, act.id, b.description, b.amount
 ORDER BY act.accno;
$_$;


--
-- Name: FUNCTION budget__variance_report(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.budget__variance_report(in_id integer) IS ' Retrieves a variance report for budget with an id of in_id.';


--
-- Name: business; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business (
    id integer NOT NULL,
    description text,
    discount numeric
);


--
-- Name: TABLE business; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.business IS 'Groups of Customers assigned joint discounts.';


--
-- Name: business_type__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_type__list() RETURNS SETOF public.business
    LANGUAGE sql
    AS $$
        SELECT * FROM business ORDER BY description;
$$;


--
-- Name: FUNCTION business_type__list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.business_type__list() IS 'Returns a list of all business types. Ordered by description by default.';


--
-- Name: business_unit__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit__get(in_id integer) RETURNS public.business_unit
    LANGUAGE sql
    AS $_$ SELECT * FROM business_unit where id = $1; $_$;


--
-- Name: business_unit__get_tree_for(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit__get_tree_for(in_id integer) RETURNS SETOF public.business_unit_short
    LANGUAGE sql
    AS $_$
WITH RECURSIVE tree  (id, control_code, description,  start_date, end_date,
                      parent_id, path, level)
AS (
   SELECT id, control_code, description, start_date, end_date, parent_id,
          ARRAY[parent_id] AS path, 1 as level
     FROM business_unit WHERE $1 = id
    UNION
   SELECT t.id, t.control_code, t.description, t.start_date, t.end_date,
          t.parent_id,
          t.path || bu.id AS path, t.level + 1 as level
     FROM business_unit bu JOIN tree t ON t.parent_id = bu.id
)
SELECT * FROM tree ORDER BY path;
$_$;


--
-- Name: FUNCTION business_unit__get_tree_for(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.business_unit__get_tree_for(in_id integer) IS ' This function returns tree-related records with the root of the tree being
the business unit of in_id.  ';


--
-- Name: business_unit__list_by_class(integer, date, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit__list_by_class(in_business_unit_class_id integer, in_active_on date, in_credit_id integer, in_strict_credit boolean) RETURNS SETOF public.business_unit
    LANGUAGE sql
    AS $$
SELECT * FROM business_unit
              WHERE (in_active_on BETWEEN coalesce(start_date, in_active_on)
                                      AND coalesce(end_date, in_active_on)
                      OR in_active_on IS NULL)
                    AND (in_credit_id = credit_id
                        OR (credit_id IS NULL and in_strict_credit IS NOT TRUE)
                        OR (in_credit_id IS NULL))
                    AND class_id = in_business_unit_class_id
           ORDER BY control_code;
$$;


--
-- Name: FUNCTION business_unit__list_by_class(in_business_unit_class_id integer, in_active_on date, in_credit_id integer, in_strict_credit boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.business_unit__list_by_class(in_business_unit_class_id integer, in_active_on date, in_credit_id integer, in_strict_credit boolean) IS ' This function retUrns a list of all units (projects, departments, funds, etc)
active on the in_active_on date, where in_credit_id matches the credit id of the
customer or vendor requested, and where in_business_uni_class_id is the class id
of the class of business units (1 for department, 2 for project, etc).

With the exception of in_business_unit_class_id, the null matches all records.
';


--
-- Name: business_unit_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit_class (
    id integer NOT NULL,
    label text NOT NULL,
    active boolean DEFAULT false NOT NULL,
    ordering integer
);


--
-- Name: TABLE business_unit_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.business_unit_class IS ' Consolidates projects and departments, and allows this to be extended for
funds accounting and other purposes.';


--
-- Name: business_unit__list_classes(boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit__list_classes(in_active boolean, in_module text) RETURNS SETOF public.business_unit_class
    LANGUAGE sql
    AS $_$

SELECT bc.*
  FROM business_unit_class bc
 WHERE     (active = $1 OR $1 IS NULL)
       AND (id IN (select bu_class_id
                     FROM bu_class_to_module bcm
                     JOIN lsmb_module mod ON mod.id = bcm.module_id
                    WHERE lower(label) = lower($2))
            OR $2 is null)
ORDER BY ordering;

$_$;


--
-- Name: FUNCTION business_unit__list_classes(in_active boolean, in_module text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.business_unit__list_classes(in_active boolean, in_module text) IS ' This function lists all business unit clases.  If in_active is true, then
only active classes are listed.  If it is false then only inactive classes are
listed.  If it is null, then all classes are listed.';


--
-- Name: business_unit__save(integer, integer, text, text, date, date, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit__save(in_id integer, in_class_id integer, in_control_code text, in_description text, in_start_date date, in_end_date date, in_parent_id integer, in_credit_id integer) RETURNS public.business_unit
    LANGUAGE plpgsql
    AS $$
DECLARE retval business_unit;
        t_id int;

BEGIN

UPDATE business_unit
   SET class_id = in_class_id,
       control_code = in_control_code,
       description = in_description,
       start_date = in_start_date,
       end_date = in_end_date,
       credit_id = in_credit_id
 WHERE id = in_id;


IF FOUND THEN
   t_id := in_id;
ELSE
   INSERT INTO business_unit
          (class_id, control_code, description, start_date, end_date, parent_id,
           credit_id)
   VALUES (in_class_id, in_control_code, in_description, in_start_date,
           in_end_date, in_parent_id, in_credit_id);
    t_id := currval('business_unit_id_seq');
END IF;

SELECT * INTO retval FROM business_unit WHERE id = t_id;

RETURN retval;
END;
$$;


--
-- Name: business_unit_class__delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit_class__delete(in_id integer) RETURNS public.business_unit_class
    LANGUAGE sql
    AS $$
  DELETE FROM business_unit_class WHERE id = in_id
  RETURNING *;
$$;


--
-- Name: lsmb_module; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lsmb_module (
    id integer NOT NULL,
    label text NOT NULL
);


--
-- Name: TABLE lsmb_module; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.lsmb_module IS ' This stores categories functionality into modules.  Addons may add rows here, but
the id should be hardcoded.  As always 900-1000 will be reserved for internal use,
and negative numbers will be reserved for testing.';


--
-- Name: business_unit_class__get_modules(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit_class__get_modules(in_id integer) RETURNS SETOF public.lsmb_module
    LANGUAGE sql
    AS $_$ SELECT * FROM lsmb_module
    WHERE id IN (select module_id from bu_class_to_module where bu_class_id = $1)
 ORDER BY id;
$_$;


--
-- Name: business_unit_class__save(integer, text, boolean, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit_class__save(in_id integer, in_label text, in_active boolean, in_ordering integer) RETURNS public.business_unit_class
    LANGUAGE plpgsql
    AS $$
DECLARE retval business_unit_class;
        t_id int;
BEGIN

t_id := in_id;
UPDATE business_unit_class
   SET label = in_label,
       active = in_active,
       ordering = in_ordering
 WHERE id = in_id;

IF NOT FOUND THEN

   INSERT INTO business_unit_class (label, active, ordering)
   VALUES (in_label, in_active, in_ordering);

   t_id := currval('business_unit_class_id_seq');

END IF;

SELECT * INTO retval FROM business_unit_class WHERE id = t_id;

RETURN retval;

END;

$$;


--
-- Name: business_unit_class__save_modules(integer, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit_class__save_modules(in_id integer, in_mod_ids integer[]) RETURNS boolean
    LANGUAGE sql
    AS $_$
DELETE FROM bu_class_to_module WHERE bu_class_id = $1;

INSERT INTO bu_class_to_module (bu_class_id, module_id)
SELECT $1, unnest
  FROM unnest($2);

SELECT true;
$_$;


--
-- Name: business_unit_get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.business_unit_get(in_id integer) RETURNS public.business_unit
    LANGUAGE sql
    AS $_$ SELECT * FROM business_unit WHERE id = $1; $_$;


--
-- Name: chart_get_ar_ap(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.chart_get_ar_ap(in_account_class integer) RETURNS SETOF public.account
    LANGUAGE plpgsql
    AS $$
DECLARE out_row account%ROWTYPE;
BEGIN
        IF in_account_class NOT IN (1, 2) THEN
                RAISE EXCEPTION 'Bad Account Type';
        END IF;
       FOR out_row IN
               SELECT * FROM account
               WHERE id in (select account_id from account_link
                               where description = CASE WHEN in_account_class = 1 THEN 'AP'
                               WHEN in_account_class = 2 THEN 'AR'
                               END)
               ORDER BY accno
       LOOP
               RETURN NEXT out_row;
       END LOOP;
END;
$$;


--
-- Name: FUNCTION chart_get_ar_ap(in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.chart_get_ar_ap(in_account_class integer) IS ' This function returns the cash account according with in_account_class which
must be 1 or 2.

If in_account_class is 1 then it returns a list of AP accounts, and if
in_account_class is 2, then a list of AR accounts.';


--
-- Name: chart_list_all(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.chart_list_all() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
SELECT * FROM account ORDER BY accno;
$$;


--
-- Name: chart_list_cash(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.chart_list_cash(in_account_class integer) RETURNS SETOF public.account
    LANGUAGE plpgsql
    AS $$
 DECLARE resultrow record;
         link_string text;
 BEGIN
         IF in_account_class = 1 THEN
            link_string := 'AP_paid';
         ELSE
            link_string := 'AR_paid';
         END IF;

         FOR resultrow IN
          SELECT *  FROM account
          WHERE id in (select account_id from account_link where description = link_string)
          ORDER BY accno
           LOOP
           return next resultrow;
         END LOOP;
 END;
$$;


--
-- Name: FUNCTION chart_list_cash(in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.chart_list_cash(in_account_class integer) IS ' This function returns the overpayment accounts acording with
in_account_class which must be 1 or 2.

If in_account_class is 1 it returns a list of AP cash accounts and
if 2, AR cash accounts.';


--
-- Name: chart_list_discount(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.chart_list_discount(in_account_class integer) RETURNS SETOF public.account
    LANGUAGE plpgsql
    AS $$
DECLARE resultrow record;
        link_string text;
BEGIN
        IF in_account_class = 1 THEN
           link_string := 'AP_discount';
        ELSE
           link_string := 'AR_discount';
        END IF;

        FOR resultrow IN
          SELECT *  FROM account
          WHERE id in (select account_id from account_link where description = link_string)
          ORDER BY accno
          LOOP
          return next resultrow;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION chart_list_discount(in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.chart_list_discount(in_account_class integer) IS ' This function returns the discount accounts acording with in_account_class
which must be 1 or 2.

If in_account_class is 1, returns AP discount accounts, if 2, AR discount
accounts.';


--
-- Name: chart_list_overpayment(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.chart_list_overpayment(in_account_class integer) RETURNS SETOF public.account
    LANGUAGE plpgsql
    AS $$
DECLARE resultrow record;
        link_string text;
BEGIN
        IF in_account_class = 1 THEN
           link_string := 'AP_overpayment';
        ELSE
           link_string := 'AR_overpayment';
        END IF;

        FOR resultrow IN
          SELECT *  FROM account
          WHERE id in (select account_id from account_link where description = link_string)
          ORDER BY accno
          LOOP
          return next resultrow;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION chart_list_overpayment(in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.chart_list_overpayment(in_account_class integer) IS ' Returns a list of AP_overpayment accounts if in_account_class is 1
Otherwise it returns a list of AR_overpayment accounts.';


--
-- Name: chart_list_search(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.chart_list_search(in_search text, in_link_desc text) RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
                SELECT * FROM account
                 WHERE (accno ~* ('^'||in_search)
                       OR description ~* ('^'||in_search))
                       AND (in_link_desc IS NULL
                           or id in
                          (select account_id from account_link
                            where description = in_link_desc))
                       AND not obsolete
              ORDER BY accno
$$;


--
-- Name: FUNCTION chart_list_search(in_search text, in_link_desc text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.chart_list_search(in_search text, in_link_desc text) IS ' This returns a list of account entries where the description or account
number begins with in_search.

If in_link_desc is provided, the list is further filtered by which accounts are
set to an account_link.description equal to that provided.';


--
-- Name: check_expiration(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.check_expiration() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE test_result BOOL;
        expires_in interval;
        notify_again interval;
BEGIN
        expires_in := user__check_my_expiration();

        SELECT expires_in < notify_password INTO test_result
        FROM users WHERE username = SESSION_USER;

        IF test_result THEN
                IF expires_in < '1 week' THEN
                        notify_again := '1 hour';
                ELSE
                        notify_again := '1 day';
                END IF;

                UPDATE users
                SET notify_password = expires_in - notify_again
                WHERE username = SESSION_USER;
        END IF;
        RETURN test_result;
END;
$$;


--
-- Name: FUNCTION check_expiration(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.check_expiration() IS ' This checks whether the user needs to be notified of a pending expiration of
his/her password.  Returns true if needed, false if not.

The function also records the next time when the notification will again need to
be displayed. ';


--
-- Name: cogs__add_for_ap(integer, numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cogs__add_for_ap(in_parts_id integer, in_qty numeric, in_lastcost numeric) RETURNS numeric
    LANGUAGE plpgsql
    AS $$
DECLARE t_alloc numeric := 0;
        t_cogs numeric := 0;
        t_inv invoice;
        t_cp account_checkpoint;
        t_transdate date;
        t_avail numeric;
BEGIN

IF in_qty > 0 THEN
   return (cogs__reverse_ap(in_parts_id, in_qty * -1))[1] * in_lastcost;
END IF;

SELECT * INTO t_cp FROM account_checkpoint ORDER BY end_date DESC LIMIT 1;

FOR t_inv IN
    SELECT i.*
      FROM invoice i
      JOIN (select id, approved, transdate from ar
             union
            select id, approved, transdate from gl) a
           ON a.id = i.trans_id AND a.approved
     WHERE qty + allocated > 0 and parts_id  = in_parts_id
  ORDER BY a.transdate, a.id, i.id
LOOP
   t_avail := t_inv.qty + t_inv.allocated;
   SELECT transdate INTO t_transdate
     FROM (select transdate, id from ar
           union select transdate, id from gl) a
    WHERE id = t_inv.trans_id;
   IF t_alloc < in_qty THEN
       RAISE EXCEPTION 'TOO MANY ALLOCATED';
   ELSIF t_alloc = in_qty THEN
       return t_alloc;
   ELSIF (in_qty + t_alloc) * -1 <=  t_avail  THEN
       UPDATE invoice SET allocated = allocated + (in_qty + t_alloc)
        WHERE id = t_inv.id;

       INSERT INTO acc_trans
              (chart_id, transdate, amount, invoice_id, approved, trans_id)
       SELECT expense_accno_id,
              CASE WHEN t_transdate > coalesce(t_cp.end_date, t_transdate - 1)
                   THEN t_transdate
                   ELSE t_cp.end_date + '1 day'::interval
               END, (in_qty + t_alloc) * in_lastcost, t_inv.id, true,
              t_inv.trans_id
         FROM parts
       WHERE  id = t_inv.parts_id AND inventory_accno_id IS NOT NULL
              AND expense_accno_id IS NOT NULL
       UNION
       SELECT inventory_accno_id,
              CASE WHEN t_transdate > coalesce(t_cp.end_date, t_transdate - 1)
                   THEN t_transdate
                   ELSE t_cp.end_date + '1 day'::interval
               END, -1 * (in_qty + t_alloc) * in_lastcost, t_inv.id, true,
              t_inv.trans_id
         FROM parts
       WHERE  id = t_inv.parts_id AND inventory_accno_id IS NOT NULL
              AND expense_accno_id IS NOT NULL;

       t_cogs := t_cogs + (in_qty + t_alloc) * in_lastcost;
       return in_qty * -1;
   ELSE
       UPDATE invoice SET allocated = qty * -1
        WHERE id = t_inv.id;
       t_cogs := t_cogs + t_avail * in_lastcost;

       INSERT INTO acc_trans
              (chart_id, transdate, amount, invoice_id, approved, trans_id)
       SELECT expense_accno_id,
              CASE WHEN t_transdate > coalesce(t_cp.end_date, t_transdate - 1)
                   THEN t_transdate
                   ELSE t_cp.end_date + '1 day'::interval
               END,  -1 * t_avail * in_lastcost,
              t_inv.id, true, t_inv.trans_id
         FROM parts
       WHERE  id = t_inv.parts_id AND inventory_accno_id IS NOT NULL
              AND expense_accno_id IS NOT NULL
       UNION
       SELECT inventory_accno_id,
              CASE WHEN t_transdate > coalesce(t_cp.end_date, t_transdate - 1)
                   THEN t_transdate
                   ELSE t_cp.end_date + '1 day'::interval
               END, t_avail * in_lastcost, t_inv.id, true, t_inv.trans_id
         FROM parts
       WHERE  id = t_inv.parts_id AND inventory_accno_id IS NOT NULL
              AND expense_accno_id IS NOT NULL;
       t_alloc := t_alloc + t_avail;
       t_cogs := t_cogs + t_avail * in_lastcost;
   END IF;

END LOOP;

RETURN t_alloc;
END;
$$;


--
-- Name: cogs__add_for_ap_line(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cogs__add_for_ap_line(in_invoice_id integer) RETURNS numeric
    LANGUAGE plpgsql
    AS $_$
DECLARE retval numeric;
        r_cogs numeric[];
        t_inv invoice;
        t_adj numeric;
        t_transdate date;
BEGIN

SELECT * INTO t_inv FROM invoice
 WHERE id = in_invoice_id;

IF t_inv.qty + t_inv.allocated = 0 THEN
   return 0;
END IF;

PERFORM 1 FROM parts
         WHERE t_inv.parts_id = parts.id
               AND parts.inventory_accno_id IS NOT NULL;

IF NOT FOUND THEN
   -- the part doesn't have an associated inventory account: it's a service.
   return 0;
END IF;

IF t_inv.qty < 0 THEN -- normal COGS

    SELECT cogs__add_for_ap(i.parts_id, i.qty + i.allocated, i.sellprice)
      INTO retval
      FROM invoice i
      JOIN parts p ON p.id = i.parts_id
     WHERE i.id = $1;

    UPDATE invoice
       SET allocated = allocated + retval
     WHERE id = $1;
ELSE -- reversal

   r_cogs := cogs__reverse_ap(t_inv.parts_id, t_inv.qty + t_inv.allocated);

   UPDATE invoice
      SET allocated = allocated + r_cogs[1]
    WHERE id = in_invoice_id;

   t_adj := t_inv.sellprice * r_cogs[1] + r_cogs[2];

   SELECT transdate INTO t_transdate
     FROM (select transdate, id from ap
           union select transdate, id from gl) a
    WHERE id = t_inv.trans_id;

   INSERT INTO acc_trans
          (chart_id, trans_id, approved,  amount, transdate, invoice_id)
   SELECT p.inventory_accno_id, t_inv.trans_id, true, t_adj, t_transdate,
          in_invoice_id
     FROM parts p
    WHERE id = t_inv.parts_id
    UNION
   SELECT p.expense_accno_id, t_inv.trans_id, true, t_adj * -1, t_transdate,
          in_invoice_id
     FROM parts p
    WHERE id = t_inv.parts_id;
   retval := r_cogs[1];

END IF;

RETURN retval;

END;

$_$;


--
-- Name: cogs__add_for_ar(integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cogs__add_for_ar(in_parts_id integer, in_qty numeric) RETURNS numeric[]
    LANGUAGE plpgsql
    AS $$
DECLARE t_alloc numeric := 0;
        t_cogs numeric := 0;
        t_inv invoice;
        t_avail numeric;
BEGIN


FOR t_inv IN
    SELECT i.*
      FROM invoice i
      JOIN (select id, approved, transdate from ap
             union
            select id, approved, transdate from gl) a ON a.id = i.trans_id
     WHERE qty + allocated < 0 AND i.parts_id = in_parts_id AND a.approved
  ORDER BY a.transdate asc, a.id asc, i.id asc
LOOP
   t_avail := (t_inv.qty + t_inv.allocated) * -1;
   IF t_alloc > in_qty THEN
       RAISE EXCEPTION 'TOO MANY ALLOCATED';
   ELSIF t_alloc = in_qty THEN
       return ARRAY[t_alloc, t_cogs];
   ELSIF (in_qty - t_alloc) <= t_avail THEN
       UPDATE invoice SET allocated = allocated + (in_qty - t_alloc)
        WHERE id = t_inv.id;
       t_cogs := t_cogs + (in_qty - t_alloc) * t_inv.sellprice;
       t_alloc := in_qty;
       return ARRAY[t_alloc, t_cogs];
   ELSE
       UPDATE invoice SET allocated = qty * -1
        WHERE id = t_inv.id;
       t_cogs := t_cogs + (t_avail * t_inv.sellprice);
       t_alloc := t_alloc + t_avail;
   END IF;
END LOOP;

RETURN ARRAY[t_alloc, t_cogs];

END;
$$;


--
-- Name: FUNCTION cogs__add_for_ar(in_parts_id integer, in_qty numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.cogs__add_for_ar(in_parts_id integer, in_qty numeric) IS ' This function accepts a parts_id and a quantity, and iterates through AP
records in order, calculating COGS on a FIFO basis and returning it to the
application to attach to the current transaction.

Return values are an array of {allocated, cogs}.
';


--
-- Name: cogs__add_for_ar_line(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cogs__add_for_ar_line(in_invoice_id integer) RETURNS numeric
    LANGUAGE plpgsql
    AS $$
DECLARE
   t_cogs numeric[];
   t_inv invoice;
   t_part parts;
   t_ar ar;
   t_transdate date;
   t_override_cogs int;
BEGIN

SELECT * INTO t_inv FROM invoice WHERE id = in_invoice_id;
SELECT * INTO t_part FROM parts WHERE id = t_inv.parts_id;
SELECT * INTO t_ar FROM ar WHERE id = t_inv.trans_id;
SELECT transdate INTO t_transdate FROM (select transdate, id from ar
                                        union select transdate, id from gl) a
 WHERE id = t_inv.trans_id;

IF t_ar.is_return THEN
   t_override_cogs = (setting_get('ar_return_account_id')).value::int;
END IF;

IF t_part.inventory_accno_id IS NULL THEN
   RETURN 0;
END IF;

IF t_inv.qty + t_inv.allocated = 0 THEN
   return 0;
END IF;

IF t_inv.qty > 0 THEN
   t_cogs := cogs__add_for_ar(t_inv.parts_id, t_inv.qty + t_inv.allocated);
ELSE
   t_cogs := cogs__reverse_ar(t_inv.parts_id, t_inv.qty + t_inv.allocated);
END IF;


UPDATE invoice set allocated = allocated - t_cogs[1]
 WHERE id = in_invoice_id;

SELECT CASE WHEN t_transdate > coalesce(max(end_date), t_transdate - 1)
            THEN t_transdate
            ELSE max(end_date) + '1 day'::interval
        END
  INTO t_transdate
  from account_checkpoint td;


INSERT INTO acc_trans
       (trans_id, chart_id, approved, amount, transdate,  invoice_id)
VALUES (t_inv.trans_id, COALESCE(t_override_cogs,
                      CASE WHEN t_inv.qty < 0 AND t_ar.is_return
                           THEN t_part.returns_accno_id
                           ELSE t_part.expense_accno_id
                      END), TRUE, t_cogs[2] * -1,
       t_transdate, t_inv.id),
       (t_inv.trans_id, t_part.inventory_accno_id, TRUE, t_cogs[2],
       t_transdate, t_inv.id);

RETURN t_cogs[1];

END;

$$;


--
-- Name: cogs__reverse_ap(integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cogs__reverse_ap(in_parts_id integer, in_qty numeric) RETURNS numeric[]
    LANGUAGE plpgsql
    AS $$
DECLARE t_alloc numeric :=0;
        t_realloc numeric;
        t_inv invoice;
        t_cogs numeric :=0;
        retval numeric[];
BEGIN

FOR t_inv IN
    SELECT i.*
      FROM invoice i
      JOIN (select id, approved, transdate from ap
             union
            select id, approved, transdate from gl) a
           ON a.id = i.trans_id AND a.approved
     WHERE qty + allocated < 0 AND parts_id = in_parts_id
  ORDER BY a.transdate, a.id, i.id
LOOP
   t_realloc := least(in_qty - t_alloc, -1 * (t_inv.allocated + t_inv.qty));
   UPDATE invoice SET allocated = allocated + t_realloc
    WHERE id = t_inv.id;
   t_alloc := t_alloc + t_realloc;
   t_cogs := t_cogs + t_realloc * t_inv.sellprice;

   IF t_alloc > in_qty THEN
       RAISE EXCEPTION 'TOO MANY ALLOCATED';
   ELSIF t_alloc = in_qty THEN
       return ARRAY[-1 * t_alloc, t_cogs];
   END IF;
END LOOP;

RAISE EXCEPTION 'TOO FEW TO ALLOCATE';
END;
$$;


--
-- Name: FUNCTION cogs__reverse_ap(in_parts_id integer, in_qty numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.cogs__reverse_ap(in_parts_id integer, in_qty numeric) IS ' This function iterates through invoice rows attached to ap transactions and
allocates them on a first-in first-out basis.  The sort of pseudo-"COGS" value
is returned to the application for further handling.';


--
-- Name: cogs__reverse_ar(integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cogs__reverse_ar(in_parts_id integer, in_qty numeric) RETURNS numeric[]
    LANGUAGE plpgsql
    AS $$
DECLARE t_alloc numeric := 0; -- qty to reverse (negative)
        t_cogs numeric := 0;
        t_inv invoice;
        t_reversed numeric;
        t_reallocated numeric;
BEGIN

IF in_qty = 0 THEN
   RETURN ARRAY[0, 0];
END IF;

FOR t_inv IN
    SELECT i.*
      FROM invoice i
      JOIN (SELECT id, approved, transdate FROM ar
            UNION
            SELECT id, approved, transdate FROM gl) a ON a.id = i.trans_id
     WHERE qty + allocated > 0 and a.approved and parts_id = in_parts_id
   ORDER BY a.transdate ASC, a.id ASC, i.id ASC
LOOP
   t_reallocated := least(t_alloc - in_qty, t_inv.qty + t_inv.allocated);
   UPDATE invoice
      SET allocated = allocated - t_reallocated
    WHERE id = t_inv.id;
   t_alloc := t_alloc - t_reallocated;

   IF t_alloc < in_qty THEN
      RAISE EXCEPTION 'TOO MANY ALLOCATED (1)';
   ELSIF t_alloc = in_qty THEN
      RETURN ARRAY[t_alloc, 0];
   END IF;
END LOOP;

FOR t_inv IN
    SELECT i.*
      FROM invoice i
      JOIN (select id, approved, transdate from ap
            union
            select id, approved, transdate from gl) a ON a.id = i.trans_id
     WHERE allocated > 0 and a.approved and parts_id = in_parts_id
  ORDER BY a.transdate DESC, a.id DESC, i.id DESC
LOOP
   t_reversed := least((in_qty - t_alloc) * -1, t_inv.allocated);
   UPDATE invoice SET allocated = allocated - t_reversed
    WHERE id = t_inv.id;
   t_cogs := t_cogs - t_reversed * t_inv.sellprice;
   t_alloc := t_alloc - t_reversed;

   IF t_alloc < in_qty THEN
       RAISE EXCEPTION 'TOO MANY ALLOCATED';
   ELSIF t_alloc = in_qty THEN
       RETURN ARRAY[t_alloc, t_cogs];
   END IF;
END LOOP;

END;
$$;


--
-- Name: FUNCTION cogs__reverse_ar(in_parts_id integer, in_qty numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.cogs__reverse_ar(in_parts_id integer, in_qty numeric) IS 'This function accepts a part id and quantity to reverse.  It then iterates
backwards over AP related records, calculating COGS.  This does not save COGS
but rather returns it to the application to save.

Return values are an array of {allocated, cogs}.
';


--
-- Name: company__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.company__get(in_entity_id integer) RETURNS public.company_entity
    LANGUAGE sql
    AS $_$
        SELECT c.entity_id, e.entity_class, c.legal_name, c.tax_id, c.sales_tax_id,
               c.license_number, c.sic_code, e.control_code, e.country_id
          FROM company c
          JOIN entity e ON e.id = c.entity_id
         WHERE entity_id = $1;
$_$;


--
-- Name: FUNCTION company__get(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.company__get(in_entity_id integer) IS ' Returns all attributes for the company attached to the entity.';


--
-- Name: entity_credit_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_credit_account (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    entity_class integer NOT NULL,
    pay_to_name text,
    discount numeric,
    description text,
    discount_terms integer DEFAULT 0,
    discount_account_id integer,
    taxincluded boolean DEFAULT false,
    creditlimit numeric DEFAULT 0,
    terms smallint DEFAULT 0,
    meta_number character varying(32) NOT NULL,
    business_id integer,
    language_code character varying(6) DEFAULT 'en'::character varying,
    pricegroup_id integer,
    curr character(3),
    startdate date DEFAULT CURRENT_DATE,
    enddate date,
    threshold numeric DEFAULT 0,
    employee_id integer,
    primary_contact integer,
    ar_ap_account_id integer,
    cash_account_id integer,
    bank_account integer,
    taxform_id integer,
    CONSTRAINT entity_credit_account_check CHECK (((ar_ap_account_id IS NOT NULL) OR (entity_id = 0))),
    CONSTRAINT entity_credit_account_entity_class_check CHECK ((entity_class = ANY (ARRAY[1, 2])))
);


--
-- Name: TABLE entity_credit_account; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_credit_account IS 'This table stores information relating to general relationships regarding
moneys owed on invoice.  Invoices, whether AR or AP, must be attached to
a record in this table.';


--
-- Name: COLUMN entity_credit_account.meta_number; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.entity_credit_account.meta_number IS ' This stores the human readable control code for the customer/vendor record.
This is typically called the customer/vendor "account" in the application.';


--
-- Name: company__get_all_accounts(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.company__get_all_accounts(in_entity_id integer, in_entity_class integer) RETURNS SETOF public.entity_credit_account
    LANGUAGE sql
    AS $_$

    SELECT *
      FROM entity_credit_account
     WHERE entity_id = $1
       AND entity_class = $2;

$_$;


--
-- Name: FUNCTION company__get_all_accounts(in_entity_id integer, in_entity_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.company__get_all_accounts(in_entity_id integer, in_entity_class integer) IS ' Returns a list of all entity credit accounts attached to that entity.';


--
-- Name: company__get_by_cc(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.company__get_by_cc(in_control_code text) RETURNS public.company_entity
    LANGUAGE sql
    AS $_$
        SELECT c.entity_id, e.entity_class, c.legal_name, c.tax_id, c.sales_tax_id,
               c.license_number, c.sic_code, e.control_code, e.country_id
          FROM company c
          JOIN entity e ON e.id = c.entity_id
         WHERE e.control_code = $1;
$_$;


--
-- Name: FUNCTION company__get_by_cc(in_control_code text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.company__get_by_cc(in_control_code text) IS ' Returns the entity/company row attached to the control code. ';


--
-- Name: company__next_id(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.company__next_id() RETURNS bigint
    LANGUAGE sql
    AS $$

    select nextval('company_id_seq');

$$;


--
-- Name: company; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.company (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    legal_name text NOT NULL,
    tax_id text,
    sales_tax_id text,
    license_number text,
    sic_code character varying,
    created date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT company_legal_name_check CHECK ((legal_name ~ '[[:alnum:]_]'::text))
);


--
-- Name: COLUMN company.tax_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company.tax_id IS ' In the US this would be a EIN. ';


--
-- Name: company__save(text, integer, text, text, integer, text, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.company__save(in_control_code text, in_entity_class integer, in_legal_name text, in_tax_id text, in_entity_id integer, in_sic_code text, in_country_id integer, in_sales_tax_id text, in_license_number text) RETURNS public.company
    LANGUAGE plpgsql
    AS $$
DECLARE t_entity_id INT;
        t_control_code TEXT;
        t_retval COMPANY;
BEGIN

        IF in_control_code IS NULL THEN
                t_control_code := setting_increment('entity_control');
        ELSE
                t_control_code := in_control_code;
        END IF;

        UPDATE entity
        SET name = in_legal_name,
                entity_class = in_entity_class,
                control_code = t_control_code,
                country_id   = in_country_id
        WHERE id = in_entity_id;

        IF FOUND THEN
                t_entity_id = in_entity_id;
        ELSE
                INSERT INTO entity (name, entity_class, control_code,country_id)
                VALUES (in_legal_name, in_entity_class, t_control_code,in_country_id);
                t_entity_id := currval('entity_id_seq');
        END IF;

        UPDATE company
        SET legal_name = in_legal_name,
                tax_id = in_tax_id,
                sic_code = in_sic_code,
                sales_tax_id = in_sales_tax_id,
                license_number = in_license_number
        WHERE entity_id = t_entity_id;


        IF NOT FOUND THEN
                INSERT INTO company(entity_id, legal_name, tax_id, sic_code,
                                    sales_tax_id, license_number)
                VALUES (t_entity_id, in_legal_name, in_tax_id, in_sic_code,
                        in_sales_tax_id, in_license_number);

        END IF;
        SELECT * INTO t_retval FROM company WHERE entity_id = t_entity_id;
        RETURN t_retval;
END;
$$;


--
-- Name: FUNCTION company__save(in_control_code text, in_entity_class integer, in_legal_name text, in_tax_id text, in_entity_id integer, in_sic_code text, in_country_id integer, in_sales_tax_id text, in_license_number text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.company__save(in_control_code text, in_entity_class integer, in_legal_name text, in_tax_id text, in_entity_id integer, in_sic_code text, in_country_id integer, in_sales_tax_id text, in_license_number text) IS ' Saves a company.  Returns the id number of the record stored.';


--
-- Name: company_get_billing_info(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.company_get_billing_info(in_id integer) RETURNS public.company_billing_info
    LANGUAGE sql
    AS $$
        select coalesce(eca.pay_to_name, c.legal_name), eca.meta_number,
                e.control_code, eca.cash_account_id, c.tax_id,
                a.line_one, a.line_two, a.line_three,
                a.city, a.state, a.mail_code, cc.name
        FROM (select legal_name, tax_id, entity_id
                FROM company
               UNION ALL
              SELECT last_name || ', ' || first_name, null, entity_id
                FROM person) c
        JOIN entity e ON (c.entity_id = e.id)
        JOIN entity_credit_account eca ON (eca.entity_id = e.id)
        LEFT JOIN eca_to_location cl ON (eca.id = cl.credit_id)
        LEFT JOIN location a ON (a.id = cl.location_id)
        LEFT JOIN country cc ON (cc.id = a.country_id)
        WHERE eca.id = in_id AND (location_class = 1 or location_class is null);

$$;


--
-- Name: FUNCTION company_get_billing_info(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.company_get_billing_info(in_id integer) IS ' Returns billing information (billing name and address) for a given credit
account.';


--
-- Name: compound_array(anyarray, anyarray); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.compound_array(ary anyarray, elm anyarray) RETURNS anyarray
    LANGUAGE sql
    AS $$
   SELECT array_cat(ary, elm);
$$;


--
-- Name: FUNCTION compound_array(ary anyarray, elm anyarray); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.compound_array(ary anyarray, elm anyarray) IS 'PostgreSQL 14 vs pre-14 compatibility measure.';


--
-- Name: concat_colon(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.concat_colon(text, text) RETURNS text
    LANGUAGE sql
    AS $_$
select CASE WHEN $1 IS NULL THEN $2 ELSE $1 || ':' || $2 END;
$_$;


--
-- Name: FUNCTION concat_colon(text, text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.concat_colon(text, text) IS '
This function takes two arguments and creates a list out  of them.  It''s useful
as an aggregate base (see aggregate concat_colon).  However this is a temporary
function only and should not be relied upon.';


--
-- Name: contact__search(integer, text, text[], text, text, text, text, text, text, date, date, integer, text, text, text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.contact__search(in_entity_class integer, in_contact text, in_contact_info text[], in_meta_number text, in_address text, in_city text, in_state text, in_mail_code text, in_country text, in_active_date_from date, in_active_date_to date, in_business_id integer, in_name_part text, in_control_code text, in_notes text, in_users boolean) RETURNS SETOF public.contact_search_result
    LANGUAGE sql
    AS $$

   WITH entities_matching_name AS (
      SELECT legal_name, sic_code, entity_id
        FROM company
       WHERE in_name_part IS NULL
             OR legal_name @@ plainto_tsquery(in_name_part)
             OR legal_name ilike in_name_part || '%'
       UNION ALL
      SELECT coalesce(first_name, '') || ' '
             || coalesce(middle_name, '')
             || ' ' || coalesce(last_name, ''), null, entity_id
        FROM person
       WHERE in_name_part IS NULL
             OR coalesce(first_name, '') || ' ' || coalesce(middle_name, '')
                || ' ' || coalesce(last_name, '')
                @@ plainto_tsquery(in_name_part)
   ),
   matching_eca_contacts AS (
       SELECT credit_id
         FROM eca_to_contact
        WHERE (in_contact_info IS NULL
               OR contact = ANY(in_contact_info))
              AND (in_contact IS NULL
                   OR description @@ plainto_tsquery(in_contact))
   ),
   matching_entity_contacts AS (
       SELECT entity_id
         FROM entity_to_contact
        WHERE (in_contact_info IS NULL
               OR contact = ANY(in_contact_info))
              AND (in_contact IS NULL
                   OR description @@ plainto_tsquery(in_contact))
   ),
   matching_locations AS (
       SELECT id
         FROM location
        WHERE (in_address IS NULL
               OR line_one @@ plainto_tsquery(in_address)
               OR line_two @@ plainto_tsquery(in_address)
               OR line_three @@ plainto_tsquery(in_address))
              AND (in_city IS NULL
                   OR city ILIKE '%' || in_city || '%')
              AND (in_state IS NULL
                   OR state ILIKE '%' || in_state || '%')
              AND (in_mail_code IS NULL
                   OR mail_code ILIKE in_mail_code || '%')
              AND (in_country IS NULL
                   OR EXISTS (select 1 from country
                               where name ilike '%' || in_country || '%'
                                  or short_name ilike '%' || in_country || '%'))
   )
   SELECT e.id, e.control_code, ec.id, ec.meta_number,
          ec.description, ec.entity_class,
          c.legal_name, c.sic_code, b.description , ec.curr::text
     FROM entity e
     JOIN entities_matching_name c ON c.entity_id = e.id
LEFT JOIN entity_credit_account ec ON (ec.entity_id = e.id)
LEFT JOIN business b ON (ec.business_id = b.id)
    WHERE (in_entity_class is null
           OR coalesce(ec.entity_class, e.entity_class) = in_entity_class)
          AND (in_control_code IS NULL
               OR e.control_code like in_control_code || '%')
          AND ((in_contact_info IS NULL AND in_contact IS NULL)
                OR EXISTS (select 1
                             from matching_eca_contacts mec
                            where mec.credit_id = ec.id)
                OR EXISTS (select 1
                             from matching_entity_contacts mec
                            where mec.entity_id = e.id))
           AND ((in_address IS NULL AND in_city IS NULL
                 AND in_state IS NULL AND in_mail_code IS NULL
                 AND in_country IS NULL)
                OR EXISTS (select 1
                             from matching_locations m
                             join eca_to_location etl ON m.id = etl.location_id
                            where etl.credit_id = ec.id)
                OR EXISTS (select 1
                             from matching_locations m
                             join entity_to_location etl
                                  ON m.id = etl.location_id
                            where etl.entity_id = e.id))
           AND (in_business_id IS NULL
                OR ec.business_id = in_business_id)
           AND (in_active_date_to IS NULL
                OR ec.startdate <= in_active_date_to)
           AND (in_active_date_from IS NULL
                OR ec.enddate >= ec.enddate)
           AND (in_meta_number IS NULL
                OR ec.meta_number like in_meta_number || '%')
           AND (in_notes IS NULL
                OR EXISTS (select 1 from entity_note n
                            where e.id = n.entity_id
                                  and note @@ plainto_tsquery(in_notes))
                OR EXISTS (select 1 from eca_note n
                            where ec.id = n.ref_key
                                  and note @@ plainto_tsquery(in_notes)))
           AND (in_users IS NULL OR NOT in_users
                OR EXISTS (select 1 from users where entity_id = e.id))
    ORDER BY legal_name;
$$;


--
-- Name: contact_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contact_class (
    id integer NOT NULL,
    class text NOT NULL,
    CONSTRAINT contact_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE contact_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.contact_class IS ' Stores type of contact information attached to companies and persons.
Please coordinate with others before adding new types.';


--
-- Name: contact_class__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.contact_class__list() RETURNS SETOF public.contact_class
    LANGUAGE sql
    AS $$
                SELECT * FROM contact_class ORDER BY id;
$$;


--
-- Name: FUNCTION contact_class__list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.contact_class__list() IS ' Returns a list of contact classes ordered by ID.';


--
-- Name: cr_coa_to_account_save(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cr_coa_to_account_save(in_accno text, in_description text) RETURNS void
    LANGUAGE plpgsql
    AS $$
    DECLARE
       v_chart_id int;
    BEGIN
        -- Check for existence of the account already
        PERFORM * FROM cr_coa_to_account cr
        JOIN account a on cr.chart_id = a.id
        WHERE accno = in_accno;

        IF NOT FOUND THEN
           -- This is a new account. Insert the relevant data.
           SELECT id INTO v_chart_id FROM account WHERE accno = in_accno;
           INSERT INTO cr_coa_to_account (chart_id, account) VALUES (v_chart_id, in_accno||'--'||in_description);
        END IF;
        -- Already found, no need to do anything. =)
    END;
$$;


--
-- Name: FUNCTION cr_coa_to_account_save(in_accno text, in_description text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.cr_coa_to_account_save(in_accno text, in_description text) IS ' Provides default rules for setting reconciliation labels.  Currently
saves a label of accno ||''--'' || description.';


--
-- Name: cr_report_block_changing_approved(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cr_report_block_changing_approved() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
   IF OLD.approved IS TRUE THEN
       RAISE EXCEPTION 'Report is approved.  Cannot change!';
   END IF;
   IF TG_OP = 'DELETE' THEN
       RETURN OLD;
   ELSE
      RETURN NEW;
   END IF;
END;
$$;


--
-- Name: FUNCTION cr_report_block_changing_approved(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.cr_report_block_changing_approved() IS ' This is a simple filter that prevents updating or deleting reconciliation
reports that have already been approved.  To purge old reconciliations you must
disable the block_change_when_approved trigger on cr_report.';


--
-- Name: currency_get_exchangerate(character, date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.currency_get_exchangerate(in_currency character, in_date date, in_account_class integer) RETURNS numeric
    LANGUAGE plpgsql
    AS $$
DECLARE
    out_exrate exchangerate.buy%TYPE;
    default_currency char(3);

    BEGIN
        SELECT * INTO default_currency  FROM defaults_get_defaultcurrency();
        IF default_currency = in_currency THEN
           RETURN 1;
        END IF;
        IF in_account_class = 2 THEN
          SELECT buy INTO out_exrate
          FROM exchangerate
          WHERE transdate = in_date AND curr = in_currency;
        ELSE
          SELECT sell INTO out_exrate
          FROM exchangerate
          WHERE transdate = in_date AND curr = in_currency;
        END IF;
        RETURN out_exrate;
    END;
$$;


--
-- Name: FUNCTION currency_get_exchangerate(in_currency character, in_date date, in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.currency_get_exchangerate(in_currency character, in_date date, in_account_class integer) IS ' This function return the exchange rate of a given currency, date and exchange rate class (buy or sell). ';


--
-- Name: customer_location_save(integer, integer, text, text, text, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.customer_location_save(in_entity_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
    BEGIN
    return _entity_location_save(
        in_entity_id, NULL,
        in_location_class, in_line_one, in_line_two, in_line_three,
        in_city, in_state, in_mail_code, in_country_id);
    END;

$$;


--
-- Name: date_get_all_years(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.date_get_all_years() RETURNS SETOF integer
    LANGUAGE sql
    AS $$
WITH RECURSIVE max_dates AS (
    SELECT max(transdate) AS max_date
      FROM acc_trans
    WHERE transdate IS NOT NULL

 UNION ALL
    SELECT (SELECT max(transdate)
              FROM acc_trans
                   -- the index acc_trans_transdate_year_idx uses the
                   -- date_part function with the exact syntax and capitals
                   -- below; changing the 'YEAR' capitals will stop the
                   -- query optimizer from using the index
             WHERE date_part('YEAR', transdate) < date_part('YEAR', max_date))
      FROM max_dates
     WHERE max_date IS NOT NULL)

SELECT date_part('YEAR', max_date)::int
  FROM max_dates
 WHERE max_date IS NOT NULL;
$$;


--
-- Name: FUNCTION date_get_all_years(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.date_get_all_years() IS ' This function return each year inside transdate in transactions.
Currently it uses a sparse index scan because the number of rows returned is
very small and the table can be very large.';


--
-- Name: days_in_month(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.days_in_month(in_date date) RETURNS integer
    LANGUAGE sql
    AS $_$
SELECT (extract(DOM FROM date_trunc('month', $1)
                         + '1 month - 1 second'::interval)
      )::int;

$_$;


--
-- Name: FUNCTION days_in_month(in_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.days_in_month(in_date date) IS ' Returns the number of days in the month that includes in_date.';


--
-- Name: payroll_deduction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_deduction (
    entry_id integer NOT NULL,
    entity_id integer NOT NULL,
    type_id integer NOT NULL,
    rate numeric NOT NULL
);


--
-- Name: deduction__list_for_entity(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deduction__list_for_entity(in_entity_id integer) RETURNS SETOF public.payroll_deduction
    LANGUAGE sql
    AS $_$
SELECT * FROM payroll_deduction WHERE entity_id = $1;
$_$;


--
-- Name: payroll_deduction_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_deduction_type (
    id integer NOT NULL,
    account_id integer NOT NULL,
    pdc_id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL,
    unit text NOT NULL,
    default_amount numeric,
    calc_percent boolean NOT NULL
);


--
-- Name: deduction__list_types(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deduction__list_types(in_country_id integer) RETURNS SETOF public.payroll_deduction_type
    LANGUAGE sql
    AS $_$
SELECT * FROM payroll_deduction_type where country_id = $1
$_$;


--
-- Name: deduction__save(numeric, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.deduction__save(in_rate numeric, in_entity_id integer, in_type_id integer) RETURNS public.payroll_deduction
    LANGUAGE plpgsql
    AS $$
DECLARE return_ded payroll_deduction;
BEGIN

UPDATE payroll_deduction
   SET rate = in_rate
 WHERE entity_id = in_entity_id and in_type_id;


IF NOT FOUND THEN
    INSERT INTO payroll_deduction (entity_id, type_id, rate)
    VALUES (in_entity_id, in_type_id, in_rate);
END IF;

SELECT * INTO return_ded FROM payroll_deduction
             WHERE entity_id = in_entity_id and in_type_id;
RETURN return_ded;
END;
$$;


--
-- Name: defaults__get_contra_accounts(character); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.defaults__get_contra_accounts(in_category character) RETURNS SETOF public.account
    LANGUAGE sql
    AS $_$
SELECT * FROM account WHERE contra AND category = $1;
$_$;


--
-- Name: defaults_get_defaultcurrency(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.defaults_get_defaultcurrency() RETURNS character
    LANGUAGE sql
    AS $$
           SELECT substr(value,1,3)
           FROM defaults
           WHERE setting_key = 'curr';
$$;


--
-- Name: FUNCTION defaults_get_defaultcurrency(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.defaults_get_defaultcurrency() IS ' This function return the default currency asigned by the program. ';


--
-- Name: del_recurring(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.del_recurring() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  DELETE FROM recurring WHERE id = old.id;
  DELETE FROM recurringemail WHERE id = old.id;
  DELETE FROM recurringprint WHERE id = old.id;
  RETURN NULL;
END;
$$;


--
-- Name: del_yearend(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.del_yearend() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  delete from yearend where trans_id = old.id;
  return NULL;
end;
$$;


--
-- Name: draft__search(text, text, date, date, numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.draft__search(in_type text, in_with_accno text, in_from_date date, in_to_date date, in_amount_lt numeric, in_amount_gt numeric) RETURNS SETOF public.draft_search_result
    LANGUAGE sql
    AS $$
        SELECT id, transdate, invoice, reference, description,
               type, amount FROM (
            SELECT id, transdate, reference,
                   description, false as invoice,
                   (SELECT SUM(line.amount)
                      FROM acc_trans line
                     WHERE line.amount > 0
                           and line.trans_id = gl.id) as amount,
                   'gl' as type
              from gl
             WHERE (lower(in_type) = 'gl' or in_type is null)
                  AND NOT approved
                  AND NOT EXISTS (SELECT 1
                                    FROM voucher v
                                   WHERE v.trans_id = gl.id)
            UNION
            SELECT id, transdate, invnumber as reference,
                (SELECT name FROM eca__get_entity(entity_credit_account)),
                invoice, amount, 'ap' as type
              FROM ap
             WHERE (lower(in_type) = 'ap' or in_type is null)
                   AND NOT approved
                   AND NOT EXISTS (SELECT 1
                                     FROM voucher v
                                    WHERE v.trans_id = ap.id)
            UNION
            SELECT id, transdate, invnumber as reference,
                description, invoice, amount, 'ar' as type
              FROM ar
             WHERE (lower(in_type) = 'ar' or in_type is null)
                   AND NOT approved
                   AND NOT EXISTS (SELECT 1
                                     FROM voucher v
                                    WHERE v.trans_id = ar.id)) trans
        WHERE (in_from_date IS NULL or trans.transdate >= in_from_date)
          AND (in_to_date IS NULL or trans.transdate <= in_to_date)
          AND (in_amount_gt IS NULL or amount >= in_amount_gt)
          AND (in_amount_lt IS NULL or amount <= in_amount_lt)
          AND (in_with_accno IS NULL
               OR id IN (SELECT line.trans_id
                           FROM acc_trans line
                           JOIN account acc ON (line.chart_id = acc.id)
                          WHERE acc.accno = in_with_accno
                            AND NOT approved
                            AND (in_from_date IS NULL
                                 OR line.transdate >= in_from_date)
                            AND (in_to_date IS NULL
                                 OR line.transdate <= in_to_date)))
        ORDER BY trans.reference;
$$;


--
-- Name: FUNCTION draft__search(in_type text, in_with_accno text, in_from_date date, in_to_date date, in_amount_lt numeric, in_amount_gt numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.draft__search(in_type text, in_with_accno text, in_from_date date, in_to_date date, in_amount_lt numeric, in_amount_gt numeric) IS ' Searches for drafts.  in_type may be any of ''ar'', ''ap'', or ''gl''.';


--
-- Name: draft_approve(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.draft_approve(in_id integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
declare
        t_table text;
begin
        SELECT table_name into t_table FROM transactions where id = in_id;

        IF (t_table = 'ar') THEN
                PERFORM cogs__add_for_ar_line(id) FROM invoice
                  WHERE trans_id = in_id;
                UPDATE ar set approved = true where id = in_id;
        ELSIF (t_table = 'ap') THEN
                PERFORM cogs__add_for_ap_line(id) FROM invoice
                  WHERE trans_id = in_id;
                UPDATE ap set approved = true where id = in_id;
        ELSIF (t_table = 'gl') THEN
                UPDATE gl set approved = true where id = in_id;
        ELSE
                raise exception 'Invalid table % in draft_approve for transaction %', t_table, in_id;
        END IF;

        IF NOT FOUND THEN
                RETURN FALSE;
        END IF;

        UPDATE transactions
        SET approved_by =
                        (select entity_id FROM users
                        WHERE username = SESSION_USER),
                approved_at = now()
        WHERE id = in_id;

        RETURN TRUE;
END;
$$;


--
-- Name: FUNCTION draft_approve(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.draft_approve(in_id integer) IS ' Posts draft to the books.  in_id is the id from the ar, ap, or gl table.';


--
-- Name: draft_delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.draft_delete(in_id integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
declare
        t_table text;
begin
        DELETE FROM ac_tax_form
        WHERE entry_id IN
                (SELECT entry_id FROM acc_trans WHERE trans_id = in_id);

        DELETE FROM acc_trans WHERE trans_id = in_id;
        SELECT lower(table_name) into t_table FROM transactions where id = in_id;

        IF t_table = 'ar' THEN
                DELETE FROM ar WHERE id = in_id AND approved IS FALSE;
        ELSIF t_table = 'ap' THEN
                DELETE FROM ap WHERE id = in_id AND approved IS FALSE;
        ELSIF t_table = 'gl' THEN
                DELETE FROM gl WHERE id = in_id AND approved IS FALSE;
        ELSE
                raise exception 'Invalid table % in draft_delete for transaction %', t_table, in_id;
        END IF;
        IF NOT FOUND THEN
                RAISE EXCEPTION 'Invalid transaction id %', in_id;
        END IF;
        RETURN TRUE;
END;
$$;


--
-- Name: FUNCTION draft_delete(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.draft_delete(in_id integer) IS ' Deletes the draft from the book.  Only will delete unapproved transactions.
Otherwise an exception is raised and the transaction terminated.';


--
-- Name: drop_custom_field(character varying, character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.drop_custom_field(character varying, character varying) RETURNS boolean
    LANGUAGE plpgsql
    AS $_$
DECLARE
table_name ALIAS FOR $1;
custom_field_name ALIAS FOR $2;
BEGIN
        DELETE FROM custom_field_catalog
        WHERE field_name = custom_field_name AND
                table_id = (SELECT table_id FROM custom_table_catalog
                        WHERE extends = table_name);
        EXECUTE 'ALTER TABLE ' || quote_ident('custom_' || table_name) ||
                ' DROP COLUMN ' || quote_ident(custom_field_name);
        RETURN TRUE;
END;
$_$;


--
-- Name: eca__delete_contact(integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__delete_contact(in_credit_id integer, in_class_id integer, in_contact text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

DELETE FROM eca_to_contact
 WHERE credit_id = in_credit_id and contact_class_id = in_class_id
       and contact= in_contact;
RETURN FOUND;

END;

$$;


--
-- Name: FUNCTION eca__delete_contact(in_credit_id integer, in_class_id integer, in_contact text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__delete_contact(in_credit_id integer, in_class_id integer, in_contact text) IS ' Returns true if at least one record was deleted.  False if no records were
affected.';


--
-- Name: eca__delete_location(integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__delete_location(in_credit_id integer, in_id integer, in_location_class integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

DELETE FROM eca_to_location
 WHERE credit_id = in_credit_id AND location_id = in_id
       AND location_class = in_location_class;

RETURN FOUND;

END;
$$;


--
-- Name: FUNCTION eca__delete_location(in_credit_id integer, in_id integer, in_location_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__delete_location(in_credit_id integer, in_id integer, in_location_class integer) IS ' Deletes the record identified.  Returns true if successful, false if no record
found.';


--
-- Name: eca__delete_pricematrix(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__delete_pricematrix(in_credit_id integer, in_entry_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE retval bool;

BEGIN

retval := false;

DELETE FROM partsvendor
 WHERE entry_id = in_entry_id
       AND credit_id = in_credit_id;

retval := FOUND;

DELETE FROM partscustomer
 WHERE entry_id = in_entry_id
       AND credit_id = in_credit_id;

RETURN FOUND or retval;

END;
$$;


--
-- Name: eca__get_by_meta_number(text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__get_by_meta_number(in_meta_number text, in_entity_class integer) RETURNS public.entity_credit_account
    LANGUAGE sql
    AS $_$
SELECT * FROM entity_credit_account
 WHERE entity_class = $2 AND meta_number = $1;
$_$;


--
-- Name: setting_increment(character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.setting_increment(in_key character varying) RETURNS character varying
    LANGUAGE sql
    AS $$
        UPDATE defaults SET value = setting__increment_base(value)
        WHERE setting_key = in_key
        RETURNING value;

$$;


--
-- Name: FUNCTION setting_increment(in_key character varying); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.setting_increment(in_key character varying) IS 'This function takes a value for a sequence in the defaults table and increments
it.  Leading zeroes and spaces are preserved as placeholders.  Currently <?lsmb
parsing is not supported in this routine though it may be added at a later date.
';


--
-- Name: entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity (
    id integer NOT NULL,
    name text,
    entity_class integer NOT NULL,
    created date DEFAULT CURRENT_DATE NOT NULL,
    control_code text DEFAULT public.setting_increment('entity_control'::character varying) NOT NULL,
    country_id integer NOT NULL,
    CONSTRAINT entity_name_check CHECK ((name ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE entity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity IS ' The primary entity table to map to all contacts ';


--
-- Name: COLUMN entity.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.entity.name IS ' This is the common name of an entity. If it was a person it may be Joshua Drake, a company Acme Corp. You may also choose to use a domain such as commandprompt.com ';


--
-- Name: eca__get_entity(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__get_entity(in_credit_id integer) RETURNS SETOF public.entity
    LANGUAGE sql
    AS $$

    SELECT entity.*
      FROM entity_credit_account
      JOIN entity ON entity_credit_account.entity_id = entity.id
     WHERE entity_credit_account.id = in_credit_id;

$$;


--
-- Name: FUNCTION eca__get_entity(in_credit_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__get_entity(in_credit_id integer) IS ' Returns a set of (only one) entity to which the entity credit account is
attached.';


--
-- Name: eca__get_pricematrix(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__get_pricematrix(in_credit_id integer) RETURNS SETOF public.eca__pricematrix
    LANGUAGE sql
    AS $_$

SELECT pc.parts_id, p.partnumber, p.description, pc.credit_id, pc.pricebreak,
       pc.sellprice, NULL, NULL::int, NULL, pc.validfrom, pc.validto, pc.curr,
       pc.entry_id, pc.qty
  FROM partscustomer pc
  JOIN parts p on pc.parts_id = p.id
  JOIN entity_credit_account eca ON pc.credit_id = eca.id
 WHERE pc.credit_id = $1 AND eca.entity_class = 2
 UNION
SELECT pv.parts_id, p.partnumber, p.description, pv.credit_id, NULL, NULL,
       pv.lastcost, pv.leadtime::int, pv.partnumber, NULL, NULL, pv.curr,
       pv.entry_id, null
  FROM partsvendor pv
  JOIN parts p on pv.parts_id = p.id
  JOIN entity_credit_account eca ON pv.credit_id = eca.id
 WHERE pv.credit_id = $1 and eca.entity_class = 1
 ORDER BY partnumber, validfrom

$_$;


--
-- Name: FUNCTION eca__get_pricematrix(in_credit_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__get_pricematrix(in_credit_id integer) IS ' This returns the pricematrix for the customer or vendor
(entity_credit_account identified by in_id), orderd by partnumber, validfrom
';


--
-- Name: eca__get_pricematrix_by_pricegroup(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__get_pricematrix_by_pricegroup(in_credit_id integer) RETURNS SETOF public.eca__pricematrix
    LANGUAGE sql
    AS $_$
SELECT pc.parts_id, p.partnumber, p.description, pc.credit_id, pc.pricebreak,
       pc.sellprice, NULL::numeric, NULL::int, NULL::text, pc.validfrom,
       pc.validto, pc.curr, pc.entry_id, pc.qty
  FROM partscustomer pc
  JOIN parts p on pc.parts_id = p.id
  JOIN entity_credit_account eca ON pc.pricegroup_id = eca.pricegroup_id
 WHERE eca.id = $1 AND eca.entity_class = 2
$_$;


--
-- Name: eca_tax; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.eca_tax (
    eca_id integer NOT NULL,
    chart_id integer NOT NULL
);


--
-- Name: TABLE eca_tax; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.eca_tax IS ' Mapping customers and vendors to taxes.';


--
-- Name: eca__get_taxes(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__get_taxes(in_id integer) RETURNS SETOF public.eca_tax
    LANGUAGE sql
    AS $_$
select * from eca_tax where eca_id = $1;
$_$;


--
-- Name: FUNCTION eca__get_taxes(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__get_taxes(in_id integer) IS ' Returns a set of taxable account id''s.';


--
-- Name: eca__history(text, text, text, text, text, text, text, text, text, integer, date, date, character, date, date, integer, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__history(in_name_part text, in_meta_number text, in_contact_info text, in_address_line text, in_city text, in_state text, in_zip text, in_salesperson text, in_notes text, in_country_id integer, in_from_date date, in_to_date date, in_type character, in_start_from date, in_start_to date, in_entity_class integer, in_inc_open boolean, in_inc_closed boolean) RETURNS SETOF public.eca_history_result
    LANGUAGE sql
    AS $_$
     WITH arap AS (
       select  invnumber, curr, ar.transdate, entity_credit_account, id,
                   person_id, notes
             FROM ar
             JOIN acc_trans ON ar.id  = acc_trans.trans_id
             JOIN account_link l ON acc_trans.chart_id = l.account_id
                  and l.description = 'AR'
            where $16 = 2 and $13 = 'i'
       GROUP BY 1, 2, 3, 4, 5, 6, 7
                  having (($17 and sum(acc_trans.amount) = 0)
                      or ($18 and 0 <> sum(acc_trans.amount)))
            UNION ALL
           select invnumber, curr, ap.transdate, entity_credit_account, id,
                  person_id, notes
             FROM ap
             JOIN acc_trans ON ap.id  = acc_trans.trans_id
             JOIN account_link l ON acc_trans.chart_id = l.account_id
                  and l.description = 'AP'
            where $16 = 1 and $13 = 'i'
       GROUP BY 1, 2, 3, 4, 5, 6, 7
                  having (($17 and sum(acc_trans.amount) = 0) or
                       ($18 and sum(acc_trans.amount) <> 0))
     )
     SELECT eca.id, e.name, eca.meta_number,
            a.id as invoice_id, a.invnumber, a.curr::text,
            p.id AS parts_id, p.partnumber,
            i.description,
            i.qty * case when eca.entity_class = 1 THEN -1 ELSE 1 END,
            i.unit::text, i.sellprice, i.discount,
            i.deliverydate,
            i.serialnumber,
            case when $16 = 1 then ex.buy else ex.sell end as exchange_rate,
            ee.id as salesperson_id,
            ep.last_name || ', ' || ep.first_name as salesperson_name
     FROM (select * from entity_credit_account
            where meta_number = $2
           UNION
          select * from entity_credit_account WHERE $2 is null
          ) eca  -- broken into unions for performance
     join entity e on eca.entity_id = e.id
     JOIN (
           SELECT * FROM arap
           union
           select ordnumber, curr, transdate, entity_credit_account, id,
                  person_id, notes
           from oe
           where ($16= 1 and oe.oe_class_id = 2 and $13 = 'o'
                  and quotation is not true)
                  and (($17 and not closed) or ($18 and closed))
           union
           select ordnumber, curr, transdate, entity_credit_account, id,
                  person_id, notes
           from oe
           where ($16= 2 and oe.oe_class_id = 1 and $13 = 'o'
                  and quotation is not true)
                  and (($17 and not closed) or ($18 and closed))
           union
           select quonumber, curr, transdate, entity_credit_account, id,
                  person_id, notes
           from oe
           where($16= 1 and oe.oe_class_id = 4 and $13 = 'q'
                and quotation is true)
                  and (($17 and not closed) or ($18 and closed))
           union
           select quonumber, curr, transdate, entity_credit_account, id,
                  person_id, notes
           from oe
           where($16= 2 and oe.oe_class_id = 4 and $13 = 'q'
                 and quotation is true)
                  and (($17 and not closed) or ($18 and closed))
          ) a ON (a.entity_credit_account = eca.id) -- broken into unions
                                                    -- for performance
     JOIN ( select id, trans_id, parts_id, qty, description, unit, discount,
                   deliverydate, serialnumber, sellprice
             FROM  invoice where $13 = 'i'
            union
            select id, trans_id, parts_id, qty, description, unit, discount,
                   reqdate, serialnumber, sellprice
             FROM orderitems where $13 <> 'i'
          ) i on i.trans_id = a.id
     JOIN parts p ON (p.id = i.parts_id)
LEFT JOIN exchangerate ex ON (ex.transdate = a.transdate)
LEFT JOIN entity ee ON (a.person_id = ee.id)
LEFT JOIN person ep ON (ep.entity_id = ee.id)
    -- these filters don't perform as well on large databases
    WHERE (e.name ilike '%' || $1 || '%' or $1 is null)
          and ($3 is null or eca.id in
                 (select credit_id from eca_to_contact
                   where contact ilike '%' || $3 || '%'))
--          and (($4 is null and $5 is null and $6 is null and $7 is null)
--               or eca.id in
--                  (select credit_id from eca_to_location
--                    where location_id in
--                          (select id from location
--                            where ($4 is null or line_one ilike '%' || $4 || '%'
--                                   or line_two ilike '%' || $4 || '%')
--                                  and ($5 is null or city
--                                                     ilike '%' || $5 || '%')
--                                  and ($6 is null or state
--                                                    ilike '%' || $6 || '%')
--                                  and ($7 is null or mail_code
--                                                    ilike '%' || $7 || '%')
--                                  and ($10 is null or country_id = $10))
--                   )
--              )
--          and (a.transdate >= $11 or $11 is null)
--          and (a.transdate <= $12 or $12 is null)
--          and (eca.startdate >= $14 or $14 is null)
--          and (eca.startdate <= $15 or $15 is null)
--          and (a.notes @@ plainto_tsquery($9) or $9 is null)
 ORDER BY eca.meta_number, p.partnumber;
$_$;


--
-- Name: FUNCTION eca__history(in_name_part text, in_meta_number text, in_contact_info text, in_address_line text, in_city text, in_state text, in_zip text, in_salesperson text, in_notes text, in_country_id integer, in_from_date date, in_to_date date, in_type character, in_start_from date, in_start_to date, in_entity_class integer, in_inc_open boolean, in_inc_closed boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__history(in_name_part text, in_meta_number text, in_contact_info text, in_address_line text, in_city text, in_state text, in_zip text, in_salesperson text, in_notes text, in_country_id integer, in_from_date date, in_to_date date, in_type character, in_start_from date, in_start_to date, in_entity_class integer, in_inc_open boolean, in_inc_closed boolean) IS 'This produces a history detail report, i.e. a list of all products purchased by
a customer over a specific date range.

meta_number is an exact match, as are in_open and inc_closed.  All other fields
allow for partial matches.  NULL matches all values.';


--
-- Name: eca__history_summary(text, text, text, text, text, text, text, text, text, integer, date, date, character, date, date, integer, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__history_summary(in_name_part text, in_meta_number text, in_contact_info text, in_address_line text, in_city text, in_state text, in_zip text, in_salesperson text, in_notes text, in_country_id integer, in_from_date date, in_to_date date, in_type character, in_start_from date, in_start_to date, in_entity_class integer, in_inc_open boolean, in_inc_closed boolean) RETURNS SETOF public.eca_history_result
    LANGUAGE sql
    AS $_$
SELECT id, name, meta_number, null::int, null::text, curr, parts_id, partnumber,
       description, sum(qty), unit, null::numeric, null::numeric, null::date,
       null::text, null::numeric,
       null::int, null::text
FROM   eca__history($1, $2, $3, $4, $5, $6, $7, $8, $9,
                   $10, $11, $12, $13, $14, $15, $16, $17, $18)
 group by id, name, meta_number, curr, parts_id, partnumber, description, unit,
          sellprice
 order by meta_number;
$_$;


--
-- Name: FUNCTION eca__history_summary(in_name_part text, in_meta_number text, in_contact_info text, in_address_line text, in_city text, in_state text, in_zip text, in_salesperson text, in_notes text, in_country_id integer, in_from_date date, in_to_date date, in_type character, in_start_from date, in_start_to date, in_entity_class integer, in_inc_open boolean, in_inc_closed boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__history_summary(in_name_part text, in_meta_number text, in_contact_info text, in_address_line text, in_city text, in_state text, in_zip text, in_salesperson text, in_notes text, in_country_id integer, in_from_date date, in_to_date date, in_type character, in_start_from date, in_start_to date, in_entity_class integer, in_inc_open boolean, in_inc_closed boolean) IS 'Creates a summary account (no quantities, just parts group by invoice).

meta_number must match exactly or be NULL.  inc_open and inc_closed are exact
matches too.  All other values specify ranges or may match partially.';


--
-- Name: eca__list_contacts(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__list_contacts(in_credit_id integer) RETURNS SETOF public.contact_list
    LANGUAGE plpgsql
    AS $$
DECLARE out_row contact_list;
BEGIN
        FOR out_row IN
                SELECT cl.class, cl.id, c.description, c.contact
                FROM eca_to_contact c
                JOIN contact_class cl ON (c.contact_class_id = cl.id)
                WHERE credit_id = in_credit_id
        LOOP
                return next out_row;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION eca__list_contacts(in_credit_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__list_contacts(in_credit_id integer) IS ' Returns a list of contact info attached to the entity credit account.';


--
-- Name: eca__list_locations(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__list_locations(in_credit_id integer) RETURNS SETOF public.location_result
    LANGUAGE sql
    AS $$
                SELECT l.id, l.line_one, l.line_two, l.line_three, l.city,
                        l.state, l.mail_code, c.id, c.name, lc.id, lc.class
                FROM location l
                JOIN eca_to_location ctl ON (ctl.location_id = l.id)
                JOIN location_class lc ON (ctl.location_class = lc.id)
                JOIN country c ON (c.id = l.country_id)
                WHERE ctl.credit_id = in_credit_id
                ORDER BY lc.id, l.id, c.name
$$;


--
-- Name: FUNCTION eca__list_locations(in_credit_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__list_locations(in_credit_id integer) IS ' Returns a list of locations attached to the credit account.';


--
-- Name: eca__list_notes(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__list_notes(in_credit_id integer) RETURNS SETOF public.note
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE out_row record;
        t_entity_id int;
BEGIN
        -- ALERT: security definer function.  Be extra careful about EXECUTE
        -- in here. --CT
        SELECT entity_id INTO t_entity_id
        FROM entity_credit_account
        WHERE id = in_credit_id;

        FOR out_row IN
                SELECT *
                FROM note
                WHERE (note_class = 3 and ref_key = in_credit_id) or
                        (note_class = 1 and ref_key = t_entity_id)
                ORDER BY created
        LOOP
                RETURN NEXT out_row;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION eca__list_notes(in_credit_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__list_notes(in_credit_id integer) IS 'Returns a list of notes attached to the entity credit account.';


--
-- Name: eca__location_save(integer, integer, integer, text, text, text, text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__location_save(in_credit_id integer, in_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer, in_old_location_class integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        l_row location;
        l_id INT;
        l_orig_id INT;
    BEGIN

        UPDATE eca_to_location
           SET location_class = in_location_class
         WHERE credit_id = in_credit_id
           AND location_class = in_old_location_class
           AND location_id = in_id;

         IF FOUND THEN
            SELECT location_save(
                in_id,
                in_line_one,
                in_line_two,
                in_line_three,
                in_city,
                in_state,
                in_mail_code,
                in_country_id
            )
                INTO l_id;
        ELSE
            SELECT location_save(
                NULL,
                in_line_one,
                in_line_two,
                in_line_three,
                in_city,
                in_state,
                in_mail_code,
                in_country_id
            )
                INTO l_id;
            INSERT INTO eca_to_location
                        (credit_id, location_class, location_id)
                VALUES  (in_credit_id, in_location_class, l_id);

        END IF;

        RETURN l_id;
    END;

$$;


--
-- Name: FUNCTION eca__location_save(in_credit_id integer, in_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer, in_old_location_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__location_save(in_credit_id integer, in_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_id integer, in_old_location_class integer) IS ' Saves a location to an entity credit account. Returns id of saved record.';


--
-- Name: eca__save(integer, integer, integer, text, numeric, boolean, numeric, integer, integer, character varying, integer, character varying, integer, character, date, date, numeric, integer, integer, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__save(in_id integer, in_entity_class integer, in_entity_id integer, in_description text, in_discount numeric, in_taxincluded boolean, in_creditlimit numeric, in_discount_terms integer, in_terms integer, in_meta_number character varying, in_business_id integer, in_language_code character varying, in_pricegroup_id integer, in_curr character, in_startdate date, in_enddate date, in_threshold numeric, in_ar_ap_account_id integer, in_cash_account_id integer, in_pay_to_name text, in_taxform_id integer, in_discount_account_id integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        t_entity_class int;
        l_id int;
        t_meta_number text;
        t_mn_default_key text;
    BEGIN
        -- TODO:  Move to mapping table.
            IF in_entity_class = 1 THEN
               t_mn_default_key := 'vendornumber';
            ELSIF in_entity_class = 2 THEN
               t_mn_default_key := 'customernumber';
            END IF;
            IF in_meta_number IS NULL THEN
                t_meta_number := setting_increment(t_mn_default_key);
            ELSE
                t_meta_number := in_meta_number;
            END IF;
            update entity_credit_account SET
                discount = in_discount,
                taxincluded = in_taxincluded,
                creditlimit = in_creditlimit,
                description = in_description,
                terms = in_terms,
                ar_ap_account_id = in_ar_ap_account_id,
                cash_account_id = in_cash_account_id,
                discount_account_id = in_discount_account_id,
                meta_number = t_meta_number,
                business_id = in_business_id,
                language_code = in_language_code,
                pricegroup_id = in_pricegroup_id,
                curr = in_curr,
                startdate = in_startdate,
                enddate = in_enddate,
                threshold = in_threshold,
                discount_terms = in_discount_terms,
                pay_to_name = in_pay_to_name,
                taxform_id = in_taxform_id
            where id = in_id;

         IF FOUND THEN
            RETURN in_id;
         ELSE
            INSERT INTO entity_credit_account (
                entity_id,
                entity_class,
                discount,
                description,
                taxincluded,
                creditlimit,
                terms,
                meta_number,
                business_id,
                language_code,
                pricegroup_id,
                curr,
                startdate,
                enddate,
                discount_terms,
                threshold,
                ar_ap_account_id,
                pay_to_name,
                taxform_id,
                cash_account_id,
                discount_account_id
            )
            VALUES (
                in_entity_id,
                in_entity_class,
                in_discount,
                in_description,
                in_taxincluded,
                in_creditlimit,
                in_terms,
                t_meta_number,
                in_business_id,
                in_language_code,
                in_pricegroup_id,
                in_curr,
                in_startdate,
                in_enddate,
                in_discount_terms,
                in_threshold,
                in_ar_ap_account_id,
                in_pay_to_name,
                in_taxform_id,
                in_cash_account_id,
                in_discount_account_id
            );
            RETURN currval('entity_credit_account_id_seq');
       END IF;

    END;

$$;


--
-- Name: FUNCTION eca__save(in_id integer, in_entity_class integer, in_entity_id integer, in_description text, in_discount numeric, in_taxincluded boolean, in_creditlimit numeric, in_discount_terms integer, in_terms integer, in_meta_number character varying, in_business_id integer, in_language_code character varying, in_pricegroup_id integer, in_curr character, in_startdate date, in_enddate date, in_threshold numeric, in_ar_ap_account_id integer, in_cash_account_id integer, in_pay_to_name text, in_taxform_id integer, in_discount_account_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__save(in_id integer, in_entity_class integer, in_entity_id integer, in_description text, in_discount numeric, in_taxincluded boolean, in_creditlimit numeric, in_discount_terms integer, in_terms integer, in_meta_number character varying, in_business_id integer, in_language_code character varying, in_pricegroup_id integer, in_curr character, in_startdate date, in_enddate date, in_threshold numeric, in_ar_ap_account_id integer, in_cash_account_id integer, in_pay_to_name text, in_taxform_id integer, in_discount_account_id integer) IS ' Saves an entity credit account.  Returns the id of the record saved.  ';


--
-- Name: eca_to_contact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.eca_to_contact (
    credit_id integer NOT NULL,
    contact_class_id integer NOT NULL,
    contact text NOT NULL,
    description text,
    CONSTRAINT eca_to_contact_contact_check CHECK ((contact ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE eca_to_contact; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.eca_to_contact IS ' To keep track of the relationship between multiple contact methods and a single vendor or customer account. For generic
contacts, use entity_to_contact instead.';


--
-- Name: eca__save_contact(integer, integer, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__save_contact(in_credit_id integer, in_class_id integer, in_description text, in_contact text, in_old_contact text, in_old_class_id integer) RETURNS public.eca_to_contact
    LANGUAGE plpgsql
    AS $$
DECLARE out_contact eca_to_contact;
BEGIN

    PERFORM *
       FROM eca_to_contact
      WHERE credit_id = in_credit_id
        AND contact_class_id = in_old_class_id
        AND contact = in_old_contact;

    IF FOUND THEN
        UPDATE eca_to_contact
           SET contact = in_contact,
               description = in_description,
               contact_class_id = in_class_id
         WHERE credit_id = in_credit_id
           AND contact_class_id = in_old_class_id
           AND contact = in_old_contact
        returning * INTO out_contact;
        return out_contact;
    END IF;
        INSERT INTO eca_to_contact(credit_id, contact_class_id,
                description, contact)
        VALUES (in_credit_id, in_class_id, in_description, in_contact)
        RETURNING * into out_contact;
        return out_contact;

END;
$$;


--
-- Name: FUNCTION eca__save_contact(in_credit_id integer, in_class_id integer, in_description text, in_contact text, in_old_contact text, in_old_class_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__save_contact(in_credit_id integer, in_class_id integer, in_description text, in_contact text, in_old_contact text, in_old_class_id integer) IS ' Saves the contact record at the entity credit account level.  Returns 1.';


--
-- Name: eca_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.eca_note (
    CONSTRAINT eca_note_note_class_check CHECK ((note_class = 3))
)
INHERITS (public.note);


--
-- Name: TABLE eca_note; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.eca_note IS ' Notes for entity_credit_account entries.';


--
-- Name: COLUMN eca_note.ref_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.eca_note.ref_key IS ' references entity_credit_account.id';


--
-- Name: eca__save_notes(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__save_notes(in_credit_id integer, in_note text, in_subject text) RETURNS public.eca_note
    LANGUAGE sql
    AS $$
        -- TODO, change this to create vector too
        INSERT INTO eca_note (ref_key, note_class, note, vector, subject)
        VALUES (in_credit_id, 3, in_note, '', in_subject)
        RETURNING *;

$$;


--
-- Name: FUNCTION eca__save_notes(in_credit_id integer, in_note text, in_subject text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__save_notes(in_credit_id integer, in_note text, in_subject text) IS ' Saves an entity credit account-level note.  Such a note is valid for only one
credit account. Returns the id of the note.  ';


--
-- Name: eca__save_pricematrix(integer, integer, numeric, numeric, smallint, text, date, date, character, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__save_pricematrix(in_parts_id integer, in_credit_id integer, in_pricebreak numeric, in_price numeric, in_lead_time smallint, in_partnumber text, in_validfrom date, in_validto date, in_curr character, in_entry_id integer) RETURNS public.eca__pricematrix
    LANGUAGE plpgsql
    AS $$
DECLARE
   retval eca__pricematrix;
   t_insert bool;

BEGIN

t_insert := false;

PERFORM * FROM entity_credit_account
  WHERE id = in_credit_id AND entity_class = 1;

IF FOUND THEN -- VENDOR
    UPDATE partsvendor
       SET lastcost = in_price,
           leadtime = in_lead_time,
           partnumber = in_partnumber,
           curr = in_curr
     WHERE credit_id = in_credit_id AND entry_id = in_entry_id;

    IF NOT FOUND THEN
        INSERT INTO partsvendor
               (parts_id, credit_id, lastcost, leadtime, partnumber, curr)
        VALUES (in_parts_id, in_credit_id, in_price, in_lead_time::int2,
               in_partnumber, in_curr);
    END IF;

    SELECT pv.parts_id, p.partnumber, p.description, pv.credit_id, NULL, NULL,
           pv.lastcost, pv.leadtime::int, pv.partnumber, NULL, NULL, pv.curr,
           pv.entry_id, null
      INTO retval
      FROM partsvendor pv
      JOIN parts p ON p.id = pv.parts_id
     WHERE parts_id = in_parts_id and credit_id = in_credit_id;

    RETURN retval;
END IF;

PERFORM * FROM entity_credit_account
  WHERE id = in_credit_id AND entity_class = 2;

IF FOUND THEN -- CUSTOMER
    UPDATE partscustomer
       SET pricebreak = in_pricebreak,
           sellprice  = in_price,
           validfrom  = in_validfrom,
           validto    = in_validto,
           qty        = in_qty,
           curr       = in_curr
     WHERE entry_id = in_entry_id and credit_id = in_credit_id;

    IF NOT FOUND THEN
        INSERT INTO partscustomer
               (parts_id, credit_id, sellprice, validfrom, validto, curr, qty)
        VALUES (in_parts_id, in_credit_id, in_price, in_validfrom, in_validto,
                in_curr, in_qty);

        t_insert := true;
    END IF;

    SELECT pc.parts_id, p.partnumber, p.description, pc.credit_id,
           pc.pricebreak, pc.sellprice, NULL, NULL, NULL, pc.validfrom,
           pc.validto, pc.curr, pc.entry_id, pc.qty
      INTO retval
      FROM partscustomer pc
      JOIN parts p on pc.parts_id = p.id
     WHERE entry_id = CASE WHEN t_insert
                           THEN currval('partscustomer_entry_id_seq')
                           ELSE in_entry_id
                      END;

    RETURN retval;

END IF;

RAISE EXCEPTION 'No valid entity credit account found';

END;
$$;


--
-- Name: eca__set_taxes(integer, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca__set_taxes(in_id integer, in_tax_ids integer[]) RETURNS boolean
    LANGUAGE sql
    AS $_$
     DELETE FROM eca_tax WHERE eca_id = $1;
     INSERT INTO eca_tax (eca_id, chart_id)
     SELECT $1, tax_id
       FROM unnest($2) tax_id;
     SELECT TRUE;
$_$;


--
-- Name: FUNCTION eca__set_taxes(in_id integer, in_tax_ids integer[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eca__set_taxes(in_id integer, in_tax_ids integer[]) IS 'Sets the tax values for the customer or vendor.

The entity credit account must exist before calling this function, and must
have a type of either 1 or 2.
';


--
-- Name: eca_bu_trigger(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eca_bu_trigger() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
      INSERT INTO business_unit(class_id, control_code, description, credit_id)
      SELECT 7 - NEW.entity_class, NEW.meta_number,  e.name, NEW.id
             FROM entity e WHERE e.id = NEW.entity_id;
  ELSIF TG_OP = 'UPDATE' THEN
      IF new.meta_number <> old.meta_number THEN
         UPDATE business_unit SET control_code = new.meta_number
          WHERE class_id = 7 - NEW.entity_class
                AND credit_id = new.id;
      END IF;
  ELSIF TG_OP = 'DELETE'THEN
      DELETE FROM business_unit WHERE class_id = 7 - OLD.entity_class
                  AND credit_id = OLD.id;
      RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;


--
-- Name: employee__all_managers(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__all_managers() RETURNS SETOF public.employee_result
    LANGUAGE sql
    AS $$
   SELECT p.entity_id, e.control_code, p.id, s.salutation, s.id,
          p.first_name, p.middle_name, p.last_name, ee.is_manager,
          ee.startdate, ee.enddate, ee.role, ee.ssn, ee.sales, ee.manager_id,
          mp.first_name, mp.last_name, ee.employeenumber, ee.dob, e.country_id
     FROM person p
     JOIN entity_employee ee on (ee.entity_id = p.entity_id)
     JOIN entity e ON (p.entity_id = e.id)
LEFT JOIN salutation s on (p.salutation_id = s.id)
LEFT JOIN person mp ON ee.manager_id = p.entity_id
    WHERE ee.is_manager
 ORDER BY ee.employeenumber;
$$;


--
-- Name: employee__all_salespeople(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__all_salespeople() RETURNS SETOF public.employee_result
    LANGUAGE sql
    AS $$
   SELECT p.entity_id, e.control_code, p.id, s.salutation, s.id,
          p.first_name, p.middle_name, p.last_name, ee.is_manager,
          ee.startdate, ee.enddate, ee.role, ee.ssn, ee.sales, ee.manager_id,
          mp.first_name, mp.last_name, ee.employeenumber, ee.dob, e.country_id
     FROM person p
     JOIN entity_employee ee on (ee.entity_id = p.entity_id)
     JOIN entity e ON (p.entity_id = e.id)
LEFT JOIN salutation s on (p.salutation_id = s.id)
LEFT JOIN person mp ON ee.manager_id = p.entity_id
    WHERE ee.sales
 ORDER BY ee.employeenumber;
$$;


--
-- Name: employee__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__get(in_entity_id integer) RETURNS public.employee_result
    LANGUAGE sql
    AS $_$
   SELECT p.entity_id, e.control_code, p.id, s.salutation, s.id,
          p.first_name, p.middle_name, p.last_name, ee.is_manager,
          ee.startdate, ee.enddate, ee.role, ee.ssn, ee.sales, ee.manager_id,
          mp.first_name, mp.last_name, ee.employeenumber, ee.dob, e.country_id
     FROM person p
     JOIN entity_employee ee on (ee.entity_id = p.entity_id)
     JOIN entity e ON (p.entity_id = e.id)
LEFT JOIN salutation s on (p.salutation_id = s.id)
LEFT JOIN person mp ON ee.manager_id = p.entity_id
    WHERE p.entity_id = $1;
$_$;


--
-- Name: FUNCTION employee__get(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.employee__get(in_entity_id integer) IS ' Returns an employee_result tuple with information specified by the entity_id.
';


--
-- Name: employee__get_user(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__get_user(in_entity_id integer) RETURNS public.users
    LANGUAGE sql
    AS $_$SELECT * FROM users WHERE entity_id = $1;$_$;


--
-- Name: FUNCTION employee__get_user(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.employee__get_user(in_entity_id integer) IS ' Returns username, user_id, etc. information if the employee is a user.';


--
-- Name: entity_employee; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_employee (
    entity_id integer NOT NULL,
    startdate date DEFAULT CURRENT_DATE NOT NULL,
    enddate date,
    role character varying(20),
    ssn text,
    sales boolean DEFAULT false,
    manager_id integer,
    employeenumber character varying(32),
    dob date,
    is_manager boolean DEFAULT false
);


--
-- Name: TABLE entity_employee; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_employee IS ' This contains employee-specific extensions to person/entity. ';


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    salutation_id integer,
    first_name text NOT NULL,
    middle_name text,
    last_name text NOT NULL,
    created date DEFAULT CURRENT_DATE NOT NULL,
    birthdate date,
    personal_id text,
    CONSTRAINT person_first_name_check CHECK ((first_name ~ '[[:alnum:]_]'::text)),
    CONSTRAINT person_last_name_check CHECK ((last_name ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE person; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.person IS ' Every person, must have an entity to derive a common or display name. The correct way to get class information on a person would be person.entity_id->entity_class_to_entity.entity_id. ';


--
-- Name: salutation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.salutation (
    id integer NOT NULL,
    salutation text NOT NULL
);


--
-- Name: employees; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.employees AS
 SELECT s.salutation,
    p.first_name,
    p.last_name,
    ee.entity_id,
    ee.startdate,
    ee.enddate,
    ee.role,
    ee.ssn,
    ee.sales,
    ee.manager_id,
    ee.employeenumber,
    ee.dob,
    ee.is_manager
   FROM ((public.person p
     JOIN public.entity_employee ee USING (entity_id))
     LEFT JOIN public.salutation s ON ((p.salutation_id = s.id)));


--
-- Name: employee__list_managers(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__list_managers(in_id integer) RETURNS SETOF public.employees
    LANGUAGE sql
    AS $$
                SELECT
                    s.salutation,
                    p.first_name,
                    p.last_name,
                    ee.*
                FROM entity_employee ee
                JOIN entity e on e.id = ee.entity_id
                JOIN person p ON p.entity_id = e.id
                JOIN salutation s ON s.id = p.salutation_id
                WHERE ee.sales = 't'::bool AND ee.role='manager'
                        AND ee.entity_id <> coalesce(in_id, -1)
                ORDER BY name
$$;


--
-- Name: FUNCTION employee__list_managers(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.employee__list_managers(in_id integer) IS ' Returns a list of managers, that is employees with the ''manager'' role set.';


--
-- Name: employee__save(integer, date, date, date, text, text, boolean, integer, text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__save(in_entity_id integer, in_start_date date, in_end_date date, in_dob date, in_role text, in_ssn text, in_sales boolean, in_manager_id integer, in_employeenumber text, in_is_manager boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE out_id INT;
BEGIN
        UPDATE entity_employee
        SET startdate = coalesce(in_start_date, now()::date),
                enddate = in_end_date,
                dob = in_dob,
                role = in_role,
                ssn = in_ssn,
                manager_id = in_manager_id,
                employeenumber = in_employeenumber,
                is_manager = coalesce(in_is_manager, false),
                sales = in_sales
        WHERE entity_id = in_entity_id;

        out_id = in_entity_id;

        IF NOT FOUND THEN
                INSERT INTO entity_employee
                        (startdate, enddate, dob, role, ssn, manager_id,
                                employeenumber, entity_id, is_manager, sales)
                VALUES
                        (coalesce(in_start_date, now()::date), in_end_date,
                                in_dob, in_role, in_ssn,
                                in_manager_id, in_employeenumber,
                                in_entity_id, in_is_manager, in_sales);
                RETURN in_entity_id;
        END IF;
        RETURN out_id;
END;
$$;


--
-- Name: FUNCTION employee__save(in_entity_id integer, in_start_date date, in_end_date date, in_dob date, in_role text, in_ssn text, in_sales boolean, in_manager_id integer, in_employeenumber text, in_is_manager boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.employee__save(in_entity_id integer, in_start_date date, in_end_date date, in_dob date, in_role text, in_ssn text, in_sales boolean, in_manager_id integer, in_employeenumber text, in_is_manager boolean) IS ' Saves an employeerecord with the specified information.';


--
-- Name: employee__search(text, date, date, text, text, text, text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee__search(in_employeenumber text, in_startdate_from date, in_startdate_to date, in_first_name text, in_middle_name text, in_last_name text, in_notes text, in_is_user boolean) RETURNS SETOF public.employee_result
    LANGUAGE sql
    AS $_$
SELECT p.entity_id, e.control_code, p.id, s.salutation, s.id,
          p.first_name, p.middle_name, p.last_name, ee.is_manager,
          ee.startdate, ee.enddate, ee.role, ee.ssn, ee.sales, ee.manager_id,
          mp.first_name, mp.last_name, ee.employeenumber, ee.dob, e.country_id
     FROM person p
     JOIN entity e ON p.entity_id = e.id
     JOIN entity_employee ee on (ee.entity_id = p.entity_id)
LEFT JOIN salutation s on (p.salutation_id = s.id)
LEFT JOIN person mp ON ee.manager_id = p.entity_id
    WHERE ($7 is null or p.entity_id in (select ref_key from entity_note
                                          WHERE note ilike '%' || $7 || '%'))
          and ($1 is null or $1 = ee.employeenumber)
          and ($2 is null or $2 <= ee.startdate)
          and ($3 is null or $3 >= ee.startdate)
          and ($4 is null or p.first_name ilike '%' || $4 || '%')
          and ($5 is null or p.middle_name ilike '%' || $5 || '%')
          and ($6 is null or p.last_name ilike '%' || $6 || '%')
          and ($8 is null
               or $8 = (exists (select 1 from users where entity_id = e.id)));
$_$;


--
-- Name: FUNCTION employee__search(in_employeenumber text, in_startdate_from date, in_startdate_to date, in_first_name text, in_middle_name text, in_last_name text, in_notes text, in_is_user boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.employee__search(in_employeenumber text, in_startdate_from date, in_startdate_to date, in_first_name text, in_middle_name text, in_last_name text, in_notes text, in_is_user boolean) IS ' Returns a list of employee_result records matching the search criteria.

employeenumber is an exact match.
stardate_from and startdate_to specify the start dates for employee searches
All others are partial matches.

NULLs match all values.';


--
-- Name: entity_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_note (
    entity_id integer,
    CONSTRAINT entity_note_note_class_check CHECK ((note_class = 1))
)
INHERITS (public.note);


--
-- Name: employee_search; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.employee_search AS
 SELECT e.entity_id,
    e.startdate,
    e.enddate,
    e.role,
    e.ssn,
    e.sales,
    e.manager_id,
    e.employeenumber,
    e.dob,
    e.is_manager,
    em.name AS manager,
    emn.note,
    en.name
   FROM ((((public.entity_employee e
     LEFT JOIN public.entity en ON ((e.entity_id = en.id)))
     LEFT JOIN public.entity_employee m ON ((e.manager_id = m.entity_id)))
     LEFT JOIN public.entity em ON ((em.id = m.entity_id)))
     LEFT JOIN public.entity_note emn ON ((emn.ref_key = em.id)));


--
-- Name: employee_search(date, date, character varying, text, date, date, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.employee_search(in_startdatefrom date, in_startdateto date, in_name character varying, in_notes text, in_enddateto date, in_enddatefrom date, in_sales boolean) RETURNS SETOF public.employee_search
    LANGUAGE sql
    AS $$
                SELECT * FROM employee_search
                WHERE coalesce(startdate, 'infinity'::timestamp)
                        >= coalesce(in_startdateto, '-infinity'::timestamp)
                        AND coalesce(startdate, '-infinity'::timestamp) <=
                                coalesce(in_startdatefrom,
                                                'infinity'::timestamp)
                        AND coalesce(enddate, '-infinity'::timestamp) <=
                                coalesce(in_enddateto, 'infinity'::timestamp)
                        AND coalesce(enddate, 'infinity'::timestamp) >=
                                coalesce(in_enddatefrom, '-infinity'::timestamp)
                        AND (name ilike '%' || in_name || '%'
                            OR note ilike '%' || in_notes || '%')
                        AND (sales = 't' OR coalesce(in_sales, 'f') = 'f')
$$;


--
-- Name: entity__delete_bank_account(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__delete_bank_account(in_entity_id integer, in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

UPDATE entity_credit_account SET bank_account = NULL
 WHERE entity_id = in_entity_id AND bank_account = in_id;

DELETE FROM entity_bank_account
 WHERE id = in_id AND entity_id = in_entity_id;

RETURN FOUND;

END;
$$;


--
-- Name: FUNCTION entity__delete_bank_account(in_entity_id integer, in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__delete_bank_account(in_entity_id integer, in_id integer) IS ' Deletes the bank account identitied by in_id if it is attached to the entity
identified by entity_id.  Returns true if a record is deleted, false if not.';


--
-- Name: entity__delete_contact(integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__delete_contact(in_entity_id integer, in_class_id integer, in_contact text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

DELETE FROM entity_to_contact
 WHERE entity_id = in_entity_id
       and contact_class_id = in_class_id
       and contact= in_contact;
RETURN FOUND;

END;

$$;


--
-- Name: FUNCTION entity__delete_contact(in_entity_id integer, in_class_id integer, in_contact text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__delete_contact(in_entity_id integer, in_class_id integer, in_contact text) IS ' Returns true if at least one record was deleted.  False if no records were
affected.';


--
-- Name: entity__delete_location(integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__delete_location(in_entity_id integer, in_id integer, in_location_class integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

DELETE FROM entity_to_location
 WHERE entity_id = in_entity_id AND location_id = in_id
       AND location_class = in_location_class;

RETURN FOUND;

END;
$$;


--
-- Name: FUNCTION entity__delete_location(in_entity_id integer, in_id integer, in_location_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__delete_location(in_entity_id integer, in_id integer, in_location_class integer) IS ' Deletes the record identified.  Returns true if successful, false if no record
found.';


--
-- Name: entity__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__get(in_entity_id integer) RETURNS SETOF public.entity
    LANGUAGE sql
    AS $$
    SELECT * FROM entity WHERE id = in_entity_id;
$$;


--
-- Name: FUNCTION entity__get(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__get(in_entity_id integer) IS ' Returns a set of (only one) entity record with the entity id.';


--
-- Name: entity_bank_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_bank_account (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    bic character varying NOT NULL,
    iban character varying NOT NULL,
    remark character varying
);


--
-- Name: TABLE entity_bank_account; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_bank_account IS 'This stores bank account information for both companies and persons.';


--
-- Name: COLUMN entity_bank_account.bic; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.entity_bank_account.bic IS ' Banking Institution Code, such as routing number of SWIFT code.';


--
-- Name: COLUMN entity_bank_account.iban; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.entity_bank_account.iban IS ' International Bank Account Number.  used to store the actual account number
for the banking institution.';


--
-- Name: COLUMN entity_bank_account.remark; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.entity_bank_account.remark IS ' This field contains the notes for an account, like: This is USD account, this one is HUF account, this one is the default account, this account for paying specific taxes. If a $
';


--
-- Name: entity__get_bank_account(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__get_bank_account(in_id integer) RETURNS public.entity_bank_account
    LANGUAGE sql
    AS $_$
SELECT * FROM  entity_bank_account WHERE id = $1;
$_$;


--
-- Name: entity__list_bank_account(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__list_bank_account(in_entity_id integer) RETURNS SETOF public.entity_bank_account
    LANGUAGE sql
    AS $$
SELECT * from entity_bank_account where entity_id = in_entity_id;
$$;


--
-- Name: FUNCTION entity__list_bank_account(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__list_bank_account(in_entity_id integer) IS ' Lists all bank accounts for the entity.';


--
-- Name: entity_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_class (
    id integer NOT NULL,
    class text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT entity_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE entity_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_class IS ' Defines the class type such as vendor, customer, contact, employee ';


--
-- Name: COLUMN entity_class.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.entity_class.id IS ' The first 7 values are reserved and
permanent.  Individuals who create new classes, however, should coordinate
with others for ranges to use.';


--
-- Name: entity__list_classes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__list_classes() RETURNS SETOF public.entity_class
    LANGUAGE plpgsql
    AS $$
DECLARE out_row entity_class;
BEGIN
        FOR out_row IN
                SELECT * FROM entity_class
                WHERE active and pg_has_role(SESSION_USER,
                                   lsmb__role_prefix()
                                   || 'contact_class_'
                                   || lower(regexp_replace(class, '( |\-)', '_')),
                                   'USAGE')
                ORDER BY id
        LOOP
                RETURN NEXT out_row;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION entity__list_classes(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__list_classes() IS ' Returns a list of entity classes, ordered by assigned ids';


--
-- Name: entity__list_contacts(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__list_contacts(in_entity_id integer) RETURNS SETOF public.contact_list
    LANGUAGE sql
    AS $$
                SELECT cl.class, cl.id, c.description, c.contact
                FROM entity_to_contact c
                JOIN contact_class cl ON (c.contact_class_id = cl.id)
                WHERE c.entity_id = in_entity_id
$$;


--
-- Name: FUNCTION entity__list_contacts(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__list_contacts(in_entity_id integer) IS ' Lists all contact info for the entity.';


--
-- Name: entity__list_credit(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__list_credit(in_entity_id integer, in_entity_class integer) RETURNS SETOF public.entity_credit_retrieve
    LANGUAGE sql
    AS $$
                SELECT  ec.id, e.id, ec.entity_class, ec.discount,
                        ec.discount_terms,
                        ec.taxincluded, ec.creditlimit, ec.terms,
                        ec.meta_number, ec.description, ec.business_id,
                        ec.language_code,
                        ec.pricegroup_id, ec.curr::text, ec.startdate,
                        ec.enddate, ec.ar_ap_account_id, ec.cash_account_id,
                        ec.discount_account_id,
                        ec.threshold, e.control_code, ec.id, ec.pay_to_name,
                        ec.taxform_id
                FROM entity e
                JOIN entity_credit_account ec ON (e.id = ec.entity_id)
                WHERE e.id = in_entity_id
$$;


--
-- Name: FUNCTION entity__list_credit(in_entity_id integer, in_entity_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__list_credit(in_entity_id integer, in_entity_class integer) IS ' Returns a list of entity credit account entries for the entity and of the
entity class.';


--
-- Name: entity__list_locations(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__list_locations(in_entity_id integer) RETURNS SETOF public.location_result
    LANGUAGE sql
    AS $$
                SELECT l.id, l.line_one, l.line_two, l.line_three, l.city,
                        l.state, l.mail_code, c.id, c.name, lc.id, lc.class
                FROM location l
                JOIN entity_to_location ctl ON (ctl.location_id = l.id)
                JOIN location_class lc ON (ctl.location_class = lc.id)
                JOIN country c ON (c.id = l.country_id)
                WHERE ctl.entity_id = in_entity_id
                ORDER BY lc.id, l.id, c.name;
$$;


--
-- Name: FUNCTION entity__list_locations(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__list_locations(in_entity_id integer) IS ' Lists all locations for an entity.';


--
-- Name: entity__list_notes(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__list_notes(in_entity_id integer) RETURNS SETOF public.entity_note
    LANGUAGE sql
    AS $$
                SELECT *
                FROM entity_note
                WHERE ref_key = in_entity_id
                ORDER BY created
$$;


--
-- Name: FUNCTION entity__list_notes(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__list_notes(in_entity_id integer) IS ' Returns a set of notes (including content) attached to the entity.';


--
-- Name: entity__location_save(integer, integer, integer, text, text, text, text, text, integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__location_save(in_entity_id integer, in_id integer, in_location_class integer, in_line_one text, in_line_two text, in_city text, in_state text, in_mail_code text, in_country_id integer, in_created date) RETURNS integer
    LANGUAGE plpgsql
    AS $$
    BEGIN
    return _entity_location_save(
        in_entity_id, in_id,
        in_location_class, in_line_one, in_line_two,
        '', in_city , in_state, in_mail_code, in_country_id);
    END;

$$;


--
-- Name: FUNCTION entity__location_save(in_entity_id integer, in_id integer, in_location_class integer, in_line_one text, in_line_two text, in_city text, in_state text, in_mail_code text, in_country_id integer, in_created date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__location_save(in_entity_id integer, in_id integer, in_location_class integer, in_line_one text, in_line_two text, in_city text, in_state text, in_mail_code text, in_country_id integer, in_created date) IS ' Saves a location to a company.  Returns the location id.';


--
-- Name: entity__save_bank_account(integer, integer, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__save_bank_account(in_entity_id integer, in_credit_id integer, in_bic text, in_iban text, in_remark text, in_bank_account_id integer) RETURNS public.entity_bank_account
    LANGUAGE plpgsql
    AS $$
DECLARE out_bank entity_bank_account;
BEGIN
        UPDATE entity_bank_account
           SET bic = coalesce(in_bic,''),
               iban = in_iban,
               remark = in_remark
         WHERE id = in_bank_account_id;

        IF FOUND THEN
             SELECT * INTO out_bank from entity_bank_account WHERE id = in_bank_account_id;

        ELSE
                INSERT INTO entity_bank_account(entity_id, bic, iban, remark)
                VALUES(in_entity_id, in_bic, in_iban, in_remark);
                SELECT * INTO out_bank from entity_bank_account WHERE id = CURRVAL('entity_bank_account_id_seq');
        END IF;

        IF in_credit_id IS NOT NULL THEN
                UPDATE entity_credit_account SET bank_account = out_bank.id
                WHERE id = in_credit_id;
        END IF;
        return out_bank;

END;
$$;


--
-- Name: FUNCTION entity__save_bank_account(in_entity_id integer, in_credit_id integer, in_bic text, in_iban text, in_remark text, in_bank_account_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__save_bank_account(in_entity_id integer, in_credit_id integer, in_bic text, in_iban text, in_remark text, in_bank_account_id integer) IS ' Saves bank account to the credit account.';


--
-- Name: entity_to_contact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_to_contact (
    entity_id integer NOT NULL,
    contact_class_id integer NOT NULL,
    contact text NOT NULL,
    description text,
    CONSTRAINT entity_to_contact_contact_check CHECK ((contact ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE entity_to_contact; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_to_contact IS ' This table stores contact information for entities';


--
-- Name: entity__save_contact(integer, integer, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__save_contact(in_entity_id integer, in_class_id integer, in_description text, in_contact text, in_old_contact text, in_old_class_id integer) RETURNS public.entity_to_contact
    LANGUAGE sql
    AS $$
        DELETE FROM entity_to_contact
         WHERE entity_id = in_entity_id AND contact = in_old_contact
               AND contact_class_id = in_old_class_id;

        INSERT INTO entity_to_contact
               (entity_id, contact_class_id, description, contact)
        VALUES (in_entity_id, in_class_id, in_description, in_contact)
         RETURNING *;
$$;


--
-- Name: FUNCTION entity__save_contact(in_entity_id integer, in_class_id integer, in_description text, in_contact text, in_old_contact text, in_old_class_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__save_contact(in_entity_id integer, in_class_id integer, in_description text, in_contact text, in_old_contact text, in_old_class_id integer) IS ' Saves company contact information.  The return value is meaningless. ';


--
-- Name: entity__save_notes(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity__save_notes(in_entity_id integer, in_note text, in_subject text) RETURNS public.entity_note
    LANGUAGE sql
    AS $$
        -- TODO, change this to create vector too
        INSERT INTO entity_note (ref_key, note_class, entity_id, note, vector, subject)
        VALUES (in_entity_id, 1, in_entity_id, in_note, '', in_subject)
        RETURNING *;

$$;


--
-- Name: FUNCTION entity__save_notes(in_entity_id integer, in_note text, in_subject text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity__save_notes(in_entity_id integer, in_note text, in_subject text) IS ' Saves an entity-level note.  Such a note is valid for all credit accounts
attached to that entity.  Returns the id of the note.  ';


--
-- Name: entity_credit__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity_credit__get(in_id integer) RETURNS public.entity_credit_account
    LANGUAGE sql
    AS $_$
SELECT * FROM entity_credit_account WHERE id = $1;
$_$;


--
-- Name: FUNCTION entity_credit__get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity_credit__get(in_id integer) IS ' Returns the entity credit account info.';


--
-- Name: entity_credit_get_id(integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity_credit_get_id(in_entity_id integer, in_entity_class integer, in_meta_number text) RETURNS integer
    LANGUAGE sql
    AS $$
        SELECT id FROM entity_credit_account
        WHERE entity_id = in_entity_id
                AND in_entity_class = entity_class
                AND in_meta_number = meta_number;

$$;


--
-- Name: FUNCTION entity_credit_get_id(in_entity_id integer, in_entity_class integer, in_meta_number text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity_credit_get_id(in_entity_id integer, in_entity_class integer, in_meta_number text) IS ' Returns an entity credit id, based on entity_id, entity_class,
and meta_number.  This is the preferred way to locate an account if all three of
these are known';


--
-- Name: entity_credit_get_id_by_meta_number(text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity_credit_get_id_by_meta_number(in_meta_number text, in_account_class integer) RETURNS integer
    LANGUAGE sql
    AS $$
        SELECT id
        FROM entity_credit_account
        WHERE meta_number = in_meta_number
                AND entity_class = in_account_class;

$$;


--
-- Name: FUNCTION entity_credit_get_id_by_meta_number(in_meta_number text, in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity_credit_get_id_by_meta_number(in_meta_number text, in_account_class integer) IS ' Returns the credit id from the meta_number and entity_class.';


--
-- Name: entity_save(integer, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.entity_save(in_entity_id integer, in_name text, in_entity_class integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        e entity;
        e_id int;

    BEGIN

        select * into e from entity where id = in_entity_id;

        update
            entity
        SET
            name = in_name,
            entity_class = in_entity_class
        WHERE
            id = in_entity_id;
        IF NOT FOUND THEN
            -- do the insert magic.
            e_id = nextval('entity_id_seq');
            insert into entity (id, name, entity_class) values
                (e_id,
                in_name,
                in_entity_class
                );
            return e_id;
        END IF;
        return in_entity_id;

    END;

$$;


--
-- Name: FUNCTION entity_save(in_entity_id integer, in_name text, in_entity_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.entity_save(in_entity_id integer, in_name text, in_entity_class integer) IS ' Currently unused.  Left in because it is believed it may be helpful.

This saves an entity, with the control code being the next available via the
defaults table.';


--
-- Name: account_checkpoint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_checkpoint (
    end_date date NOT NULL,
    account_id integer NOT NULL,
    amount numeric NOT NULL,
    id integer NOT NULL,
    debits numeric,
    credits numeric
);


--
-- Name: TABLE account_checkpoint; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.account_checkpoint IS ' This table holds account balances at various dates.  Transactions MUST NOT
be posted prior to the latest end_date in this table, and no unapproved
transactions (vouchers or drafts) can remain in the closed period.';


--
-- Name: eoy__latest_checkpoint(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy__latest_checkpoint() RETURNS public.account_checkpoint
    LANGUAGE sql
    AS $$
   SELECT * FROM account_checkpoint ORDER BY end_date DESC LIMIT 1;
$$;


--
-- Name: FUNCTION eoy__latest_checkpoint(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eoy__latest_checkpoint() IS '
This returns a single checkpoint from the latest set.  Which account and info
is returned is non-determinative and so only the end date shoudl be relied on.
';


--
-- Name: eoy__reopen_books_at(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy__reopen_books_at(in_reopen_date date) RETURNS boolean
    LANGUAGE sql
    AS $_$

  WITH eoy_dates AS (
      SELECT end_date
              FROM account_checkpoint
             WHERE end_date >= $1
             GROUP BY end_date
    ORDER BY end_date DESC
    )
    SELECT eoy_reopen_books(end_date)
      FROM eoy_dates;

SELECT CASE WHEN (SELECT count(*) > 0 from account_checkpoint
                   where end_date = $1 - 1)
            THEN true
            ELSE eoy_create_checkpoint($1 - 1) > 0
       END;

$_$;


--
-- Name: eoy_close_books(date, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy_close_books(in_end_date date, in_reference text, in_description text, in_retention_acc_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        IF eoy_zero_accounts(in_end_date, in_reference, in_description, in_retention_acc_id) > 0 THEN
                PERFORM eoy_create_checkpoint(in_end_date);
                RETURN TRUE;
        ELSE
                RETURN FALSE;
        END IF;
END;
$$;


--
-- Name: FUNCTION eoy_close_books(in_end_date date, in_reference text, in_description text, in_retention_acc_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eoy_close_books(in_end_date date, in_reference text, in_description text, in_retention_acc_id integer) IS ' Zeroes accounts and then creates a checkpoint. in_end_date is the date when
the books are to be closed, in_reference and in_description become the
reference and description of the gl transaction, and in_retention_acc_id is
the retained earnings account id.';


--
-- Name: eoy_create_checkpoint(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy_create_checkpoint(in_end_date date) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE ret_val int;
        approval_check int;
        cp_date        date;
BEGIN
        IF in_end_date > now()::date THEN
                RAISE EXCEPTION 'Invalid date:  Must be earlier than present';
        END IF;

        SELECT count(*) into approval_check
        FROM acc_trans ac
        JOIN (
                select id, approved, transdate FROM ar UNION
                SELECT id, approved, transdate FROM gl UNION
                SELECT id, approved, transdate FROM ap
        ) gl ON (gl.id = ac.trans_id)
        WHERE (ac.approved IS NOT TRUE AND ac.transdate <= in_end_date)
                OR (gl.approved IS NOT TRUE AND gl.transdate <= in_end_date);

        if approval_check > 0 THEN
                RAISE EXCEPTION 'Unapproved transactions in closed period';
        END IF;

        SELECT max(end_date) INTO cp_date FROM account_checkpoint WHERE
        end_date < in_end_date;

        INSERT INTO
        account_checkpoint (end_date, account_id, amount, debits, credits)
    SELECT in_end_date, account.id,
            COALESCE(SUM (a.amount),0) + coalesce(MAX (cp.amount), 0),
            COALESCE(SUM (CASE WHEN (a.amount < 0) THEN a.amount ELSE 0 END), 0) +
             COALESCE( MIN (cp.debits), 0),
            COALESCE(SUM (CASE WHEN (a.amount > 0) THEN a.amount ELSE 0 END), 0) +
             COALESCE( MAX (cp.credits), 0)
        FROM
        (SELECT * FROM acc_trans WHERE transdate <= in_end_date AND
         transdate > COALESCE(cp_date, '1200-01-01')) a
        FULL OUTER JOIN (
                select account_id, end_date, amount, debits, credits
                from account_checkpoint
                WHERE end_date = cp_date
                ) cp on (a.chart_id = cp.account_id)
        RIGHT JOIN account ON account.id = a.chart_id or account.id = cp.account_id
        group by COALESCE(a.chart_id, cp.account_id), account.id;

        SELECT count(*) INTO ret_val FROM account_checkpoint
        where end_date = in_end_date;

        return ret_val;
END;
$$;


--
-- Name: FUNCTION eoy_create_checkpoint(in_end_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eoy_create_checkpoint(in_end_date date) IS 'Creates checkpoints for each account at a specific date.  Books are considered
closed when they occur before the latest checkpoint timewise.  This means that
balances (and credit/debit amounts) can be calculated starting at a checkpoint
and moving forward (thus providing a mechanism for expunging old data while
keeping balances correct at some future point).';


--
-- Name: eoy_earnings_accounts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy_earnings_accounts() RETURNS SETOF public.account
    LANGUAGE sql
    AS $$
    SELECT *
      FROM account
     WHERE category = 'Q'
     ORDER BY accno;
$$;


--
-- Name: FUNCTION eoy_earnings_accounts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eoy_earnings_accounts() IS ' Lists equity accounts for the retained earnings dropdown.';


--
-- Name: eoy_reopen_books(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy_reopen_books(in_end_date date) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        PERFORM count(*) FROM account_checkpoint WHERE end_date = in_end_date;

        IF NOT FOUND THEN
                RETURN FALSE;
        END IF;

        DELETE FROM account_checkpoint WHERE end_date = in_end_date;

        PERFORM count(*) FROM yearend
        WHERE transdate = in_end_date and reversed is not true;

        IF FOUND THEN
                INSERT INTO gl (reference, description, approved,
                                trans_type_code)
                SELECT 'Reversing ' || reference, 'Reversing ' || description,
                        true, 'ye'
                FROM gl WHERE id = (select trans_id from yearend
                        where transdate = in_end_date and reversed is not true);

                INSERT INTO acc_trans (chart_id, amount, transdate, trans_id,
                        approved)
                SELECT chart_id, amount * -1, in_end_date, currval('id'), true
                FROM acc_trans where trans_id = (select trans_id from yearend
                        where transdate = in_end_date and reversed is not true);

                UPDATE yearend SET reversed = true where transdate = in_end_date
                        and reversed is not true;
        END IF;

        DELETE FROM account_checkpoint WHERE end_date = in_end_date;
        RETURN TRUE;
END;
$$;


--
-- Name: FUNCTION eoy_reopen_books(in_end_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eoy_reopen_books(in_end_date date) IS ' Removes checkpoints and reverses yearend transactions on in_end_date';


--
-- Name: eoy_zero_accounts(date, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.eoy_zero_accounts(in_end_date date, in_reference text, in_description text, in_retention_acc_id integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE ret_val int;
BEGIN
        INSERT INTO gl (transdate, reference, description, approved,
                        trans_type_code)
        VALUES (in_end_date, in_reference, in_description, true, 'ye');

        INSERT INTO yearend (trans_id, transdate) values (currval('id'), in_end_date);
        INSERT INTO acc_trans (transdate, chart_id, trans_id, amount)
        SELECT in_end_date, a.chart_id, currval('id'),
                (sum(a.amount) + coalesce(max(cp.amount), 0)) * -1
        FROM acc_trans a
        LEFT JOIN (
                select account_id, end_date, amount from account_checkpoint
                WHERE end_date = (select max(end_date) from account_checkpoint
                                where end_date < in_end_date)
                ) cp on (a.chart_id = cp.account_id)
        JOIN account acc ON (acc.id = a.chart_id)
        WHERE a.transdate <= in_end_date
                AND a.transdate > coalesce(cp.end_date, a.transdate - 1)
                AND (acc.category IN ('I', 'E')
                      OR acc.category = 'Q' AND acc.is_temp)
        GROUP BY a.chart_id;

        INSERT INTO acc_trans (transdate, trans_id, chart_id, amount)
        SELECT in_end_date, currval('id'), in_retention_acc_id,
                coalesce(sum(amount) * -1, 0)
        FROM acc_trans WHERE trans_id = currval('id');


        SELECT count(*) INTO ret_val from acc_trans
        where trans_id = currval('id');

        RETURN ret_val;
end;
$$;


--
-- Name: FUNCTION eoy_zero_accounts(in_end_date date, in_reference text, in_description text, in_retention_acc_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.eoy_zero_accounts(in_end_date date, in_reference text, in_description text, in_retention_acc_id integer) IS ' Posts a transaction which zeroes the income and expense accounts, moving the
net balance there into a retained earnings account identified by
in_retention_acc_id.';


--
-- Name: file_base; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_base (
    content bytea NOT NULL,
    mime_type_id integer NOT NULL,
    file_name text NOT NULL,
    description text,
    uploaded_by integer NOT NULL,
    uploaded_at timestamp without time zone DEFAULT now() NOT NULL,
    id integer NOT NULL,
    ref_key integer NOT NULL,
    file_class integer NOT NULL,
    CONSTRAINT file_base_check CHECK (false) NO INHERIT
);


--
-- Name: TABLE file_base; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_base IS 'Abstract table, holds no records.  Inheriting table store actual file
attachment data. Can be queried however to retrieve lists of all files. ';


--
-- Name: COLUMN file_base.ref_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.file_base.ref_key IS 'This column inheriting tables is used to reference the database row for the
attachment.  Inheriting tables MUST set the foreign key here appropriately.

This can also be used to create classifications of other documents, such as by
source of automatic import (where the file is not yet attached) or
even standard,
long-lived documents.';


--
-- Name: file__attach_to_eca(bytea, integer, text, text, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__attach_to_eca(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) RETURNS public.file_base
    LANGUAGE plpgsql
    AS $_$
DECLARE retval file_base;
BEGIN
   IF in_id IS NOT NULL THEN
       IF in_content THEN
          RAISE EXCEPTION $e$Can't specify id and content in attachment$e$;--'
       END IF;
       RAISE EXCEPTION 'links not implemented';
       RETURN retval;
   ELSE
       INSERT INTO file_eca
                   (content, mime_type_id, file_name, description, ref_key,
                   file_class, uploaded_by, uploaded_at)
            VALUES (in_content, in_mime_type_id, in_file_name, in_description,
                   in_ref_key, in_file_class, person__get_my_entity_id(),
                   now());
        SELECT * INTO retval FROM file_base
         where id = currval('file_base_id_seq');

        RETURN retval;
    END IF;
END;
$_$;


--
-- Name: FUNCTION file__attach_to_eca(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__attach_to_eca(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) IS ' Attaches or links a file to a good or service.  in_content OR id can be set.
Setting both raises an exception.

Note that currently links (setting id) is NOT supported because we dont have a
use case of linking files to entity credit accounts.';


--
-- Name: file__attach_to_entity(bytea, integer, text, text, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__attach_to_entity(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) RETURNS public.file_base
    LANGUAGE plpgsql
    AS $_$
DECLARE retval file_base;
BEGIN
   IF in_id IS NOT NULL THEN
       IF in_content THEN
          RAISE EXCEPTION $e$Can't specify id and content in attachment$e$;--'
       END IF;
       RAISE EXCEPTION 'links not implemented';
       RETURN retval;
   ELSE
       INSERT INTO file_entity
                   (content, mime_type_id, file_name, description, ref_key,
                   file_class, uploaded_by, uploaded_at)
            VALUES (in_content, in_mime_type_id, in_file_name, in_description,
                   in_ref_key, in_file_class, person__get_my_entity_id(),
                   now());
        SELECT * INTO retval FROM file_base
         where id = currval('file_base_id_seq');

        RETURN retval;
    END IF;
END;
$_$;


--
-- Name: FUNCTION file__attach_to_entity(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__attach_to_entity(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) IS ' Attaches or links a file to a contact or entity.  in_content OR id can be
set. Setting both raises an exception.

Note that currently links (setting id) is NOT supported because we dont have a
use case of linking files to entities';


--
-- Name: file__attach_to_order(bytea, integer, text, text, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__attach_to_order(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) RETURNS public.file_base
    LANGUAGE plpgsql
    AS $_$
DECLARE retval file_base;
BEGIN
   IF in_id IS NOT NULL THEN
       IF in_content THEN
          RAISE EXCEPTION $e$Conflicting options file_id and content$e$;
       END IF;
       IF in_file_class = 1 THEN
           INSERT INTO file_tx_to_order
                  (file_id, source_class, ref_key, dest_class, attached_by,
                  attached_at)
           VALUES (in_id, 1, in_ref_key, 2, person__get_my_entity_id(), now());
       ELSIF in_file_class = 2 THEN
           INSERT INTO file_order_to_order
                  (file_id, source_class, ref_key, dest_class, attached_by,
                  attached_at)
           VALUES (in_id, 2, in_ref_key, 2, person__get_my_entity_id(), now());
       ELSE
           RAISE EXCEPTION $E$Invalid file class$E$;
       END IF;
       SELECT * INTO retval FROM file_base where id = in_id;
       RETURN retval;
   ELSE
       INSERT INTO file_order
                   (content, mime_type_id, file_name, description, ref_key,
                   file_class, uploaded_by, uploaded_at)
            VALUES (in_content, in_mime_type_id, in_file_name, in_description,
                   in_ref_key, in_file_class, person__get_my_entity_id(),
                   now());
        SELECT * INTO retval FROM file_base
         where id = currval('file_base_id_seq');

        RETURN retval;
    END IF;
END;
$_$;


--
-- Name: FUNCTION file__attach_to_order(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__attach_to_order(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) IS ' Attaches or links a file to an order.  in_content OR id can be set.
Setting both raises an exception.';


--
-- Name: file__attach_to_part(bytea, integer, text, text, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__attach_to_part(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) RETURNS public.file_base
    LANGUAGE plpgsql
    AS $_$
DECLARE retval file_base;
BEGIN
   IF in_id IS NOT NULL THEN
       IF in_content THEN
          RAISE EXCEPTION $e$Can't specify id and content in attachment$e$;--'
       END IF;
       RAISE EXCEPTION 'links not implemented';
       RETURN retval;
   ELSE
       INSERT INTO file_part
                   (content, mime_type_id, file_name, description, ref_key,
                   file_class, uploaded_by, uploaded_at)
            VALUES (in_content, in_mime_type_id, in_file_name, in_description,
                   in_ref_key, in_file_class, person__get_my_entity_id(),
                   now());
        SELECT * INTO retval FROM file_base
         where id = currval('file_base_id_seq');

        RETURN retval;
    END IF;
END;
$_$;


--
-- Name: FUNCTION file__attach_to_part(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__attach_to_part(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) IS ' Attaches or links a file to a good or service.  in_content OR id can be set.
Setting both raises an exception.

Note that currently links (setting id) is NOT supported because we dont have a
use case of linking files to parts';


--
-- Name: file__attach_to_tx(bytea, integer, text, text, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__attach_to_tx(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) RETURNS public.file_base
    LANGUAGE plpgsql
    AS $_$
DECLARE retval file_base;
BEGIN
   IF in_id IS NOT NULL THEN
       IF in_content THEN
          RAISE EXCEPTION $e$Can't specify id and content in attachment$e$;--'
       END IF;
       INSERT INTO file_order_to_tx
              (file_id, source_class, ref_key, dest_class, attached_by,
              attached_at)
       VALUES (in_id, 2, in_ref_key, 1, person__get_my_entity_id(), now());

       SELECT * INTO retval FROM file_base where id = in_id;
       RETURN retval;
   ELSE
       INSERT INTO file_transaction
                   (content, mime_type_id, file_name, description, ref_key,
                   file_class, uploaded_by, uploaded_at)
            VALUES (in_content, in_mime_type_id, in_file_name, in_description,
                   in_ref_key, in_file_class, person__get_my_entity_id(),
                   now());
        SELECT * INTO retval FROM file_base
         where id = currval('file_base_id_seq');

        RETURN retval;
    END IF;
END;
$_$;


--
-- Name: FUNCTION file__attach_to_tx(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__attach_to_tx(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text, in_id integer, in_ref_key integer, in_file_class integer) IS ' Attaches or links a file to a transaction.  in_content OR id can be set.
Setting both raises an exception.';


--
-- Name: file__get(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__get(in_id integer, in_file_class integer) RETURNS public.file_base
    LANGUAGE sql
    AS $_$
SELECT * FROM file_base where id = $1 and file_class = $2;
$_$;


--
-- Name: FUNCTION file__get(in_id integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__get(in_id integer, in_file_class integer) IS ' Retrieves the file information specified including content.';


--
-- Name: file__get_for_template(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__get_for_template(in_ref_key integer, in_file_class integer) RETURNS SETOF public.file_list_item
    LANGUAGE sql
    AS $_$

SELECT m.mime_type, CASE WHEN f.file_class = 3 THEN ref_key ||'-'|| f.file_name
                         ELSE f.file_name END,
       f.description, f.uploaded_by, e.name,
       f.uploaded_at, f.id, f.ref_key, f.file_class,  f.content
  FROM mime_type m
  JOIN file_base f ON f.mime_type_id = m.id
  JOIN entity e ON f.uploaded_by = e.id
 WHERE f.ref_key = $1 and f.file_class = $2
       AND m.invoice_include
       OR f.id IN (SELECT max(fb.id)
                   FROM file_base fb
                   JOIN mime_type m ON fb.mime_type_id = m.id
                        AND m.mime_type ilike 'image%'
                   JOIN invoice i ON i.trans_id = $1
                        AND i.parts_id = fb.ref_key
                  WHERE fb.file_class = 3
               GROUP BY ref_key)
$_$;


--
-- Name: mime_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mime_type (
    id integer NOT NULL,
    mime_type text NOT NULL,
    invoice_include boolean DEFAULT false
);


--
-- Name: TABLE mime_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mime_type IS ' This is a lookup table for storing MIME types.';


--
-- Name: file__get_mime_type(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__get_mime_type(in_mime_type_id integer, in_mime_type_text text) RETURNS public.mime_type
    LANGUAGE plpgsql
    AS $_$
DECLARE
   r mime_type;
BEGIN
  select * into r from mime_type
   where ($1 IS NULL OR id = $1) AND ($2 IS NULL OR mime_type = $2);

  if not found and in_mime_type_id is null and in_mime_type_text is not null then
    insert into mime_type (mime_type_text) values (in_mime_type_text)
    returning * into r;
  end if;

  return r;
END;
$_$;


--
-- Name: FUNCTION file__get_mime_type(in_mime_type_id integer, in_mime_type_text text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__get_mime_type(in_mime_type_id integer, in_mime_type_text text) IS 'Retrieves mime type reference data or creates it.

Note that the reference data isn''''t created when in_mime_type_id is
not null or that in_mime_type_text is null.
';


--
-- Name: file__list_by(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__list_by(in_ref_key integer, in_file_class integer) RETURNS SETOF public.file_list_item
    LANGUAGE sql
    AS $_$

SELECT m.mime_type, f.file_name, f.description, f.uploaded_by, e.name,
       f.uploaded_at, f.id, f.ref_key, f.file_class,
       case when m.mime_type = 'text/x-uri' THEN f.content ELSE NULL END
  FROM mime_type m
  JOIN file_base f ON f.mime_type_id = m.id
  JOIN entity e ON f.uploaded_by = e.id
 WHERE f.ref_key = $1 and f.file_class = $2;

$_$;


--
-- Name: FUNCTION file__list_by(in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__list_by(in_ref_key integer, in_file_class integer) IS ' Returns a list of files attached to a database object.  No content is
retrieved.';


--
-- Name: id; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.id
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ap; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ap (
    id integer DEFAULT nextval('public.id'::regclass) NOT NULL,
    invnumber text,
    transdate date DEFAULT CURRENT_DATE,
    entity_id integer,
    taxincluded boolean DEFAULT false,
    amount numeric,
    netamount numeric,
    duedate date,
    invoice boolean DEFAULT false,
    ordnumber text,
    curr character(3),
    notes text,
    person_id integer,
    till character varying(20),
    quonumber text,
    intnotes text,
    shipvia text,
    language_code character varying(6),
    ponumber text,
    shippingpoint text,
    on_hold boolean DEFAULT false,
    approved boolean DEFAULT true,
    reverse boolean DEFAULT false,
    terms smallint DEFAULT 0,
    description text,
    force_closed boolean,
    crdate date,
    is_return boolean DEFAULT false,
    entity_credit_account integer NOT NULL,
    CONSTRAINT ap_check CHECK ((((amount IS NULL) AND (curr IS NULL)) OR ((amount IS NOT NULL) AND (curr IS NOT NULL))))
);


--
-- Name: TABLE ap; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.ap IS ' Summary/header information for AP transactions and vendor invoices.
Note that some constraints here are hard to enforce because we haven not gotten
to rewriting the relevant code here.
HV TODO drop entity_id
';


--
-- Name: COLUMN ap.invnumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.invnumber IS ' Text identifier for the invoice.  Must be unique.';


--
-- Name: COLUMN ap.amount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.amount IS ' This stores the total amount (including taxes) for the transaction.';


--
-- Name: COLUMN ap.netamount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.netamount IS ' Total amount excluding taxes for the transaction.';


--
-- Name: COLUMN ap.invoice; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.invoice IS ' True if the transaction tracks goods/services purchase using the invoice
table.  False otherwise.';


--
-- Name: COLUMN ap.ordnumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.ordnumber IS ' Order Number';


--
-- Name: COLUMN ap.curr; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.curr IS ' 3 letters to identify the currency.';


--
-- Name: COLUMN ap.notes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.notes IS 'These notes are displayed on the invoice when printed or emailed';


--
-- Name: COLUMN ap.person_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.person_id IS 'Person who created the transaction';


--
-- Name: COLUMN ap.quonumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.quonumber IS 'Quotation Number';


--
-- Name: COLUMN ap.intnotes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.intnotes IS 'These notes are not displayed when the invoice is printed or emailed and
may be updated without reposting hte invocie.';


--
-- Name: COLUMN ap.ponumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.ponumber IS 'Purchase Order Number';


--
-- Name: COLUMN ap.approved; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.approved IS 'Only show in financial reports if true.';


--
-- Name: COLUMN ap.reverse; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.reverse IS 'If true numbers are displayed after multiplying by -1';


--
-- Name: COLUMN ap.force_closed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.force_closed IS ' Not exposed to the UI, but can be set to prevent an invoice from showing up
for payment or in outstanding reports.';


--
-- Name: COLUMN ap.entity_credit_account; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ap.entity_credit_account IS ' reference for the vendor account used.';


--
-- Name: ar; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ar (
    id integer DEFAULT nextval('public.id'::regclass) NOT NULL,
    invnumber text,
    transdate date DEFAULT CURRENT_DATE,
    entity_id integer,
    taxincluded boolean,
    amount numeric,
    netamount numeric,
    duedate date,
    invoice boolean DEFAULT false,
    shippingpoint text,
    terms smallint DEFAULT 0,
    notes text,
    curr character(3),
    ordnumber text,
    person_id integer,
    till character varying(20),
    quonumber text,
    intnotes text,
    shipvia text,
    language_code character varying(6),
    ponumber text,
    on_hold boolean DEFAULT false,
    reverse boolean DEFAULT false,
    approved boolean DEFAULT true,
    entity_credit_account integer NOT NULL,
    force_closed boolean,
    description text,
    is_return boolean DEFAULT false,
    crdate date,
    setting_sequence text,
    CONSTRAINT ar_check CHECK ((((amount IS NULL) AND (curr IS NULL)) OR ((amount IS NOT NULL) AND (curr IS NOT NULL)))),
    CONSTRAINT ar_check1 CHECK (((invnumber IS NOT NULL) OR (NOT approved)))
);


--
-- Name: TABLE ar; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.ar IS ' Summary/header information for AR transactions and sales invoices.
Note that some constraints here are hard to enforce because we haven not gotten
to rewriting the relevant code here.
HV TODO drop entity_id
';


--
-- Name: COLUMN ar.invnumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.invnumber IS ' Text identifier for the invoice.  Must be unique.';


--
-- Name: COLUMN ar.amount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.amount IS ' This stores the total amount (including taxes) for the transaction.';


--
-- Name: COLUMN ar.netamount; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.netamount IS ' Total amount excluding taxes for the transaction.';


--
-- Name: COLUMN ar.invoice; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.invoice IS ' True if the transaction tracks goods/services purchase using the invoice
table.  False otherwise.';


--
-- Name: COLUMN ar.notes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.notes IS 'These notes are displayed on the invoice when printed or emailed';


--
-- Name: COLUMN ar.curr; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.curr IS ' 3 letters to identify the currency.';


--
-- Name: COLUMN ar.ordnumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.ordnumber IS ' Order Number';


--
-- Name: COLUMN ar.person_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.person_id IS 'Person who created the transaction';


--
-- Name: COLUMN ar.quonumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.quonumber IS 'Quotation Number';


--
-- Name: COLUMN ar.intnotes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.intnotes IS 'These notes are not displayed when the invoice is printed or emailed and
may be updated without reposting hte invocie.';


--
-- Name: COLUMN ar.ponumber; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.ponumber IS 'Purchase Order Number';


--
-- Name: COLUMN ar.reverse; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.reverse IS 'If true numbers are displayed after multiplying by -1';


--
-- Name: COLUMN ar.approved; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.approved IS 'Only show in financial reports if true.';


--
-- Name: COLUMN ar.entity_credit_account; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.entity_credit_account IS ' reference for the customer account used.';


--
-- Name: COLUMN ar.force_closed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.ar.force_closed IS ' Not exposed to the UI, but can be set to prevent an invoice from showing up
for payment or in outstanding reports.';


--
-- Name: file_secondary_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_secondary_attachment (
    file_id integer NOT NULL,
    source_class integer NOT NULL,
    ref_key integer NOT NULL,
    dest_class integer NOT NULL,
    attached_by integer NOT NULL,
    attached_at timestamp without time zone DEFAULT now() NOT NULL,
    CONSTRAINT file_secondary_attachment_check CHECK (false) NO INHERIT
);


--
-- Name: TABLE file_secondary_attachment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_secondary_attachment IS 'Another abstract table.  This one will use rewrite rules to make inserts safe
because of the difficulty in managing inserts otherwise. Inheriting tables
provide secondary links between the file and other database objects.

Due to the nature of database inheritance and unique constraints
in PostgreSQL, this must be partitioned in a star format.';


--
-- Name: oe; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oe (
    id integer NOT NULL,
    ordnumber text,
    transdate date DEFAULT CURRENT_DATE,
    entity_id integer,
    amount numeric,
    netamount numeric,
    reqdate date,
    taxincluded boolean,
    shippingpoint text,
    notes text,
    curr character(3),
    person_id integer,
    closed boolean DEFAULT false,
    quotation boolean DEFAULT false,
    quonumber text,
    intnotes text,
    shipvia text,
    language_code character varying(6),
    ponumber text,
    terms smallint DEFAULT 0,
    entity_credit_account integer NOT NULL,
    oe_class_id integer NOT NULL
);


--
-- Name: TABLE oe; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.oe IS ' Header information for:
* Sales orders
* Purchase Orders
* Quotations
* Requests for Quotation
';


--
-- Name: oe_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oe_class (
    id smallint,
    oe_class text NOT NULL,
    CONSTRAINT oe_class_id_check CHECK ((id = ANY (ARRAY[1, 2, 3, 4])))
);


--
-- Name: TABLE oe_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.oe_class IS ' Hardwired classifications for orders and quotations.
Coordinate before adding.';


--
-- Name: file_order_links; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.file_order_links AS
 SELECT sl.file_id,
    sl.ref_key,
    oe.ordnumber AS reference,
    oc.oe_class,
    sl.dest_class,
    sl.source_class,
    sl.ref_key AS dest_ref
   FROM ((public.file_secondary_attachment sl
     JOIN public.oe ON ((sl.ref_key = oe.id)))
     JOIN public.oe_class oc ON ((oe.oe_class_id = oc.id)))
  WHERE (sl.source_class = 2);


--
-- Name: gl; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gl (
    id integer DEFAULT nextval('public.id'::regclass) NOT NULL,
    reference text,
    description text,
    transdate date DEFAULT CURRENT_DATE,
    person_id integer,
    notes text,
    approved boolean DEFAULT true,
    trans_type_code character(2) DEFAULT 'gl'::bpchar NOT NULL
);


--
-- Name: TABLE gl; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.gl IS ' This table holds summary information for entries in the general journal.
Does not hold summary information in 1.3 for AR or AP entries.';


--
-- Name: COLUMN gl.person_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.gl.person_id IS ' the person_id of the employee who created
the entry.';


--
-- Name: COLUMN gl.trans_type_code; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.gl.trans_type_code IS 'This column indicates the source or type of the transaction.

Ultimately, every insert specifies the type of transaction being generated.
At the time of creation of the column (March 2017), we specify a default
value because this goal has not been realised yet.';


--
-- Name: file_tx_links; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.file_tx_links AS
 SELECT sl.file_id,
    sl.ref_key,
    gl.reference,
    gl.type,
    sl.dest_class,
    sl.source_class,
    sl.ref_key AS dest_ref
   FROM (public.file_secondary_attachment sl
     JOIN ( SELECT gl_1.id,
            gl_1.reference,
            'gl'::text AS type
           FROM public.gl gl_1
        UNION
         SELECT ar.id,
            ar.invnumber,
                CASE
                    WHEN ar.invoice THEN 'is'::text
                    ELSE 'ar'::text
                END AS type
           FROM public.ar
        UNION
         SELECT ap.id,
            ap.invnumber,
                CASE
                    WHEN ap.invoice THEN 'ir'::text
                    ELSE 'ap'::text
                END AS type
           FROM public.ap) gl ON (((sl.ref_key = gl.id) AND (sl.source_class = 1))));


--
-- Name: file_links; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.file_links AS
 SELECT file_tx_links.file_id,
    file_tx_links.ref_key,
    file_tx_links.reference,
    file_tx_links.type,
    file_tx_links.dest_class,
    file_tx_links.source_class,
    file_tx_links.dest_ref
   FROM public.file_tx_links
UNION
 SELECT file_order_links.file_id,
    file_order_links.ref_key,
    file_order_links.reference,
    file_order_links.oe_class AS type,
    file_order_links.dest_class,
    file_order_links.source_class,
    file_order_links.dest_ref
   FROM public.file_order_links;


--
-- Name: file__list_links(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__list_links(in_ref_key integer, in_file_class integer) RETURNS SETOF public.file_links
    LANGUAGE sql
    AS $_$ select * from file_links where ref_key = $1 and dest_class = $2;
$_$;


--
-- Name: FUNCTION file__list_links(in_ref_key integer, in_file_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__list_links(in_ref_key integer, in_file_class integer) IS ' This function retrieves a list of file attachments on a specified object.';


--
-- Name: file__save_incoming(bytea, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__save_incoming(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text) RETURNS public.file_base
    LANGUAGE sql
    AS $_$
INSERT INTO file_incoming(content, mime_type_id, file_name, description,
                          ref_key, file_class, uploaded_by)
SELECT $1, $2, $3, $4, 0, 7, entity_id
  FROM users where username = SESSION_USER
 RETURNING *;
$_$;


--
-- Name: FUNCTION file__save_incoming(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__save_incoming(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text) IS 'If the file_name is not unique, a unique constraint violation will be thrown.
';


--
-- Name: file__save_internal(bytea, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file__save_internal(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text) RETURNS public.file_base
    LANGUAGE sql
    AS $_$
WITH up AS (
    UPDATE file_internal
       SET content = $1, uploaded_at = now(),
           uploaded_by = (select entity_id from users
                           where username = session_user)
     WHERE file_name = $3
 RETURNING true as found_it
)
INSERT INTO file_internal (content, mime_type_id, file_name, description,
                          ref_key, file_class, uploaded_by)
SELECT $1, $2, $3, $4, 0, 6, entity_id
  FROM users
 where username = SESSION_USER
       AND NOT EXISTS (select 1 from up)
RETURNING *;
$_$;


--
-- Name: FUNCTION file__save_internal(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.file__save_internal(in_content bytea, in_mime_type_id integer, in_file_name text, in_description text) IS 'If the file_name is not unique, this will overwrite the previous stored file.
';


--
-- Name: file_links_vrebuild(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.file_links_vrebuild() RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
   viewline file_view_catalog%rowtype;
   stmt text;
BEGIN
   stmt := '';
   FOR viewline IN
       select * from file_view_catalog
   LOOP
       IF stmt = '' THEN
           stmt := 'SELECT * FROM ' || quote_ident(viewline.view_name) || '
';
       ELSE
           stmt := stmt || ' UNION
SELECT * FROM '|| quote_ident(viewline.view_name) || '
';
       END IF;
   END LOOP;
   EXECUTE 'CREATE OR REPLACE VIEW file_links AS
' || stmt;
   RETURN TRUE;
END;
$$;


--
-- Name: form_check(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.form_check(in_session_id integer, in_form_id integer) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    AS $_$
SELECT count(*) = 1
  FROM open_forms f
  JOIN "session" s USING (session_id)
  JOIN users u ON (s.users_id = u.id)
 WHERE f.session_id = $1 and f.id = $2 and u.username = SESSION_USER;
$_$;


--
-- Name: FUNCTION form_check(in_session_id integer, in_form_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.form_check(in_session_id integer, in_form_id integer) IS ' This checks to see if an open form (record in open_forms) exists with
the form_id and session_id provided.  Returns true if exists, false if not.';


--
-- Name: form_close(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.form_close(in_session_id integer, in_form_id integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE form_test bool;
BEGIN
        form_test := form_check(in_session_id, in_form_id);

        IF form_test IS TRUE THEN
                DELETE FROM open_forms
                WHERE session_id = in_session_id AND id = in_form_id;

                RETURN TRUE;

        ELSE
            RETURN FALSE;
        END IF;
END;
$$;


--
-- Name: FUNCTION form_close(in_session_id integer, in_form_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.form_close(in_session_id integer, in_form_id integer) IS ' Closes out the form by deleting it from the open_forms table.

Returns true if found, false if not.
';


--
-- Name: form_open(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.form_open(in_session_id integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE usertest bool;
    form_id int;
BEGIN
        SELECT count(*) = 1 INTO usertest FROM session
         WHERE session_id = in_session_id
               AND users_id IN (select id from users
                                WHERE username = SESSION_USER);

        IF usertest is not true THEN
            RAISE EXCEPTION 'Invalid session';
        END IF;

        INSERT INTO open_forms (session_id,last_used)
                        VALUES (in_session_id,now())
        RETURNING id INTO form_id;

        RETURN form_id;
END;
$$;


--
-- Name: FUNCTION form_open(in_session_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.form_open(in_session_id integer) IS ' This opens a form, and returns the id of the form opened.';


--
-- Name: get_default_lang(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_default_lang() RETURNS text
    LANGUAGE sql
    AS $$ SELECT coalesce((select description FROM language
    WHERE code = (SELECT substring(value, 1, 2) FROM defaults
                   WHERE setting_key = 'default_language')), 'english');
$$;


--
-- Name: get_fractional_month(date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_fractional_month(in_date_first date, in_date_second date) RETURNS numeric
    LANGUAGE sql
    AS $_$
SELECT CASE WHEN is_same_month($1, $2)
            THEN ($2 - $1)::numeric
                 / days_in_month($1)
            ELSE (get_fractional_month(
                   $1, (date_trunc('MONTH', $1)
                       + '1 month - 1 second'::interval)::date)
                 + get_fractional_month(date_trunc('MONTH', $2)::date, $2)
                 + (extract ('YEAR' from $2) - extract ('YEAR' from $1) * 12)
                 + extract ('MONTH' from $1) - extract ('MONTH' from $2)
                 - 1)::numeric
            END;
$_$;


--
-- Name: FUNCTION get_fractional_month(in_date_first date, in_date_second date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.get_fractional_month(in_date_first date, in_date_second date) IS ' Returns the number of months between two dates in numeric form.';


--
-- Name: get_fractional_year(date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_fractional_year(in_date_from date, in_date_to date) RETURNS numeric
    LANGUAGE sql
    AS $_$
   select ($2 - $1
            - leap_days(next_leap_year_calc($1, false),
                       next_leap_year_calc($2, true)))
            /365::numeric;
$_$;


--
-- Name: FUNCTION get_fractional_year(in_date_from date, in_date_to date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.get_fractional_year(in_date_from date, in_date_to date) IS ' Returns the decimal representation of the fractional year.';


--
-- Name: account_link_description; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_link_description (
    description text NOT NULL,
    summary boolean NOT NULL,
    custom boolean NOT NULL
);


--
-- Name: TABLE account_link_description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.account_link_description IS ' This is a lookup table which provide basic information as to categories and
dropdowns of accounts.  In general summary accounts cannot belong to more than
one category (an AR summary account cannot appear in other dropdowns for
example).  Custom fields are not overwritten when the account is edited from
the front-end.';


--
-- Name: get_link_descriptions(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.get_link_descriptions() RETURNS SETOF public.account_link_description
    LANGUAGE sql
    AS $$
    SELECT * FROM account_link_description;
$$;


--
-- Name: FUNCTION get_link_descriptions(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.get_link_descriptions() IS ' Gets a set of all valid account_link descriptions.';


--
-- Name: gifi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gifi (
    accno text NOT NULL,
    description text
);


--
-- Name: TABLE gifi; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.gifi IS ' GIFI labels for accounts, used in Canada and some EU countries for tax
reporting';


--
-- Name: gifi__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gifi__list() RETURNS SETOF public.gifi
    LANGUAGE sql
    AS $$
SELECT * FROM gifi ORDER BY accno;
$$;


--
-- Name: gl_audit_trail_append(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.gl_audit_trail_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
   t_reference text;
   t_row RECORD;
BEGIN

IF TG_OP = 'INSERT' then
   t_row := NEW;
ELSE
   t_row := OLD;
END IF;

IF TG_RELNAME IN ('ar', 'ap') THEN
    t_reference := t_row.invnumber;
ELSE
    t_reference := t_row.reference;
END IF;

INSERT INTO audittrail (trans_id,tablename,reference, action, person_id,
                        rolname)
values (t_row.id,TG_RELNAME,t_reference, TG_OP, person__get_my_entity_id(),
        SESSION_USER);

return null; -- AFTER TRIGGER ONLY, SAFE
END;
$$;


--
-- Name: FUNCTION gl_audit_trail_append(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.gl_audit_trail_append() IS ' This provides centralized support for insertions into audittrail.
';


--
-- Name: goods__history(date, date, text, text, text, boolean, boolean, boolean, boolean, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.goods__history(in_date_from date, in_date_to date, in_partnumber text, in_description text, in_serial_number text, in_inc_po boolean, in_inc_so boolean, in_inc_quo boolean, in_inc_rfq boolean, in_inc_is boolean, in_inc_ir boolean) RETURNS SETOF public.parts_history_result
    LANGUAGE sql
    AS $$
  SELECT p.id, p.partnumber, o.transdate, p.description, p.bin,
         o.id as ord_id, o.ordnumber, o.oe_class, eca.meta_number::text, e.name,
         i.sellprice, i.qty, i.discount, i.serialnumber
    FROM parts p
    JOIN (select id, trans_id, parts_id, sellprice, qty, discount, serialnumber,
                 'o' as i_type
            FROM orderitems
           UNION
          SELECT id, trans_id, parts_id, sellprice, qty, discount, serialnumber,
                 'i' as i_type
            FROM invoice) i ON p.id = i.parts_id
    JOIN (select o.id, 'oe' as o_table, ordnumber as ordnumber, c.oe_class,
                 o.oe_class_id, o.transdate, o.entity_credit_account, 'o' as expected_line
            FROM oe o
            JOIN oe_class c ON o.oe_class_id = c.id
           UNION
          SELECT id, 'ar' as o_table, invnumber as ordnumber, 'is' as oe_class,
                 null, transdate, entity_credit_account, 'i' as expected_line
            FROM ar
           UNION
          SELECT id, 'ap' as o_table, invnumber as ordnumber, 'ir' as oe_class,
                 null, transdate, entity_credit_account, 'i' as expected_line
            FROM ap) o ON o.id = i.trans_id
                          AND o.expected_line = i.i_type
    JOIN entity_credit_account eca ON o.entity_credit_account = eca.id
    JOIN entity e ON e.id = eca.entity_id
   WHERE (in_partnumber is null or p.partnumber like in_partnumber || '%')
         AND (in_description IS NULL
              OR p.description @@ plainto_tsquery(in_description))
         AND (in_date_from is null or in_date_from <= o.transdate)
         and (in_date_to is null or in_date_to >= o.transdate)
         AND ((in_inc_po IS NULL AND in_inc_so IS NULL
                AND in_inc_quo IS NULL AND in_inc_rfq IS NULL
                AND in_inc_ir IS NULL AND in_inc_is IS NULL)
              OR (
                 (in_inc_po is true and o.oe_class = 'Purchase Order')
                 OR (in_inc_so is true and o.oe_class = 'Sales Order')
                 OR (in_inc_quo is true and o.oe_class = 'Quotation')
                 OR (in_inc_rfq is true and o.oe_class = 'RFQ')
                 OR (in_inc_ir is true and o.oe_class = 'ir')
                 OR (in_inc_is is true and o.oe_class = 'is')
             ))
ORDER BY o.transdate desc, o.id desc;
$$;


--
-- Name: goods__search(text, text, integer, text, text, text, text, text, text, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.goods__search(in_partnumber text, in_description text, in_partsgroup_id integer, in_serial_number text, in_make text, in_model text, in_drawing text, in_microfiche text, in_status text, in_date_from date, in_date_to date) RETURNS SETOF public.goods_search_result
    LANGUAGE sql STABLE
    AS $$
       SELECT p.partnumber,
              p.id, p.description, p.onhand, p.unit::text, p.priceupdate,
              pg.partsgroup,
              p.listprice, p.sellprice, p.lastcost, p.avgcost,
              CASE WHEN p.lastcost = 0 THEN NULL
                   ELSE ((p.sellprice / p.lastcost) - 1) * 100
              END as markup,
              p.bin, p.rop, p.weight, p.notes, p.image, p.drawing, p.microfiche,
              m.make, m.model
         FROM parts p
    LEFT JOIN makemodel m ON m.parts_id = p.id
    LEFT JOIN partsgroup pg ON p.partsgroup_id = pg.id
        WHERE (in_partnumber is null or p.partnumber ilike in_partnumber || '%')
              AND (in_description is null
                  or p.description @@ plainto_tsquery(in_description))
              AND (in_partsgroup_id is null
                  or p.partsgroup_id = in_partsgroup_id )
              AND (in_make is null or m.make ilike in_make || '%')
              AND (in_model is null or m.model  ilike in_model || '%')
              AND (in_drawing IS NULL OR p.drawing ilike in_drawing || '%')
              AND (in_microfiche IS NULL
                  OR p.microfiche ilike in_microfiche || '%')
              AND (in_serial_number IS NULL OR p.id IN
                      (select parts_id from invoice
                        where in_serial_number is not null
                              and serialnumber = in_serial_number))
              AND ((in_status = 'active' and not p.obsolete)
                   OR (in_status = 'onhand' and p.onhand > 0)
                   OR (in_status = 'obsolete' and p.obsolete)
                   OR (in_status = 'short' and p.onhand <= p.rop)
                   OR (in_status = 'unused'
                      AND NOT EXISTS (select 1 FROM invoice
                                       WHERE parts_id = p.id
                                       UNION
                                      SELECT 1 FROM orderitems
                                       WHERE parts_id = p.id)));
$$;


--
-- Name: in_tree(integer[], public.tree_record[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.in_tree(in_node_id integer[], in_search_array public.tree_record[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT bool_and(in_tree(e, $2))
  FROM unnest($1) e;
$_$;


--
-- Name: in_tree(integer, public.tree_record[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.in_tree(in_node_id integer, in_search_array public.tree_record[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$
SELECT CASE WHEN count(*) > 0 THEN true ELSE false END
  FROM unnest($2) r
 WHERE t @> array[$1];
$_$;


--
-- Name: inventory__activity(date, date, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory__activity(in_from_date date, in_to_date date, in_partnumber text, in_description text) RETURNS SETOF public.inv_activity_line
    LANGUAGE sql
    AS $_$
    SELECT p.id, p.description, p.partnumber,
           SUM(CASE WHEN transtype = 'ar' THEN i.qty ELSE 0 END) AS sold,
           SUM(CASE WHEN transtype = 'ar' THEN i.sellprice * i.qty ELSE 0 END)
           AS revenue,
           SUM(CASE WHEN transtype = 'ap' THEN i.qty * -1 ELSE 0 END)
           AS purchased,
           SUM(CASE WHEN transtype = 'ap' THEN -1 * i.sellprice * i.qty ELSE 0
                END) AS cost,
           SUM(CASE WHEN transtype = 'as' AND i.qty > 0 THEN i.qty ELSE 0 END)
           AS used,
           SUM(CASE WHEN transtype = 'as' AND i.qty < 0 then -1*i.qty ELSE 0 END)
           AS assembled,
           SUM(CASE WHEN transtype = 'ia' THEN -1 * i.qty ELSE 0 END)
           AS adjusted
      FROM invoice i
      JOIN parts p ON (i.parts_id = p.id)
      JOIN (select id, approved, transdate, 'ar' as transtype FROM ar
             UNION
            SELECT id, approved, transdate, 'ap' as transtype FROM ap
             UNION
            SELECT id, approved, transdate, trans_type_code as transtype
              FROM gl) a
            ON (a.id = i.trans_id AND a.approved)
     WHERE ($1 IS NULL OR a.transdate >= $1)
           AND ($2 IS NULL OR a.transdate <= $2)
           AND ($3 IS NULL OR p.partnumber ilike $3 || '%')
           AND ($4 IS NULL OR p.description @@ plainto_tsquery($4))
  GROUP BY p.id, p.description, p.partnumber
$_$;


--
-- Name: parts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.parts (
    id integer NOT NULL,
    partnumber text,
    description text,
    unit character varying(5),
    listprice numeric,
    sellprice numeric,
    lastcost numeric,
    priceupdate date DEFAULT CURRENT_DATE,
    weight numeric,
    onhand numeric DEFAULT 0,
    notes text,
    makemodel boolean DEFAULT false,
    assembly boolean DEFAULT false,
    alternate boolean DEFAULT false,
    rop numeric,
    inventory_accno_id integer,
    income_accno_id integer,
    expense_accno_id integer,
    returns_accno_id integer,
    bin text,
    obsolete boolean DEFAULT false,
    bom boolean DEFAULT false,
    image text,
    drawing text,
    microfiche text,
    partsgroup_id integer,
    avgcost numeric
);


--
-- Name: TABLE parts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.parts IS 'This stores detail information about goods and services.  The type of part
is currently defined according to the following rules:
* If assembly is true, then an assembly
* If inventory_accno_id, income_accno_id, and expense_accno_id are not null then
  a part.
* If inventory_accno_id is null but the other two are not, then a service.
* Otherwise, a labor/overhead entry.
';


--
-- Name: COLUMN parts.rop; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.parts.rop IS 'Re-order point.  Used to select parts for short inventory report.';


--
-- Name: COLUMN parts.bin; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.parts.bin IS 'Text identifier for where a part is stored.';


--
-- Name: COLUMN parts.bom; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.parts.bom IS 'Show on Bill of Materials.';


--
-- Name: COLUMN parts.image; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.parts.image IS 'Hyperlink to product image.';


--
-- Name: inventory__get_item_by_id(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory__get_item_by_id(in_id integer) RETURNS public.parts
    LANGUAGE sql
    AS $_$
SELECT * FROM parts WHERE id = $1;
$_$;


--
-- Name: inventory__get_item_by_partnumber(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory__get_item_by_partnumber(in_partnumber text) RETURNS public.parts
    LANGUAGE sql
    AS $_$
SELECT * FROM parts WHERE obsolete is not true AND partnumber = $1;
$_$;


--
-- Name: inventory__search_part(integer, text, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory__search_part(in_parts_id integer, in_partnumber text, in_counted_date date) RETURNS public.part_at_date
    LANGUAGE sql
    AS $_$
WITH RECURSIVE assembly_comp (a_id, parts_id, qty) AS (
     SELECT id, parts_id, qty FROM assembly
      UNION ALL
     SELECT ac.a_id, a.parts_id, ac.qty * a.qty
       FROM assembly a JOIN assembly_comp ac ON a.parts_id = ac.parts_id
),
invoice_sum AS (
SELECT a.transdate, sum(i.qty) as qty, i.parts_id
  FROM invoice i
  JOIN (select id, transdate from ar WHERE APPROVED
         union
        select id, transdate FROM ap WHERE APPROVED) a ON i.trans_id = a.id
 GROUP BY a.transdate, i.parts_id
),
order_sum AS (
SELECT oe.transdate,
       sum(oi.ship * case when oe_class_id = 1 THEN 1 ELSE -1 END) as qty,
       oi.parts_id
  FROM orderitems oi
  JOIN oe ON oe.closed is false and oe_class_id in (1, 2)
 GROUP BY oe.transdate, oi.parts_id
)
     SELECT p.id, p.partnumber,
            coalesce(sum((coalesce(i.qty, 0) + coalesce(oi.qty, 0)) * a.qty ),0)
       FROM parts p
  LEFT JOIN assembly_comp a ON a.a_id = p.id
  LEFT JOIN invoice_sum i ON i.parts_id = p.id OR a.parts_id = i.parts_id
  LEFT JOIN order_sum oi ON oi.parts_id = p.id OR a.parts_id = i.parts_id
      WHERE p.id = $1 OR p.partnumber = $2
            OR (p.id IN (select parts_id FROM makemodel WHERE barcode = $2)
               AND NOT EXISTS (select id from parts
                                where partnumber = $2 AND NOT obsolete
            ))
            and (i.transdate is null or i.transdate <= $3)
            AND (oi.transdate IS NULL OR oi.transdate <= $3)
   GROUP BY p.id, p.partnumber;
$_$;


--
-- Name: inventory_report; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inventory_report (
    id integer NOT NULL,
    transdate date NOT NULL,
    source text,
    trans_id integer
);


--
-- Name: COLUMN inventory_report.trans_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.inventory_report.trans_id IS 'Indicates the associated transaction representing the financial
facts associated with the inventory adjustment. (NULL until the report
is approved)';


--
-- Name: inventory_adjust__approve(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__approve(in_id integer) RETURNS public.inventory_report
    LANGUAGE plpgsql
    AS $$
DECLARE inv inventory_report;
        t_trans_id int;
BEGIN

SELECT * INTO inv FROM inventory_report where id = in_id;

IF inv.trans_id IS NOT NULL THEN
   -- already approved
   RETURN inv;
END IF;

INSERT INTO gl (description, transdate, reference, approved, trans_type_code)
        VALUES ('Transaction due to approval of inventory adjustment',
                inv.transdate, 'invadj-' || in_id, true, 'ia')
    RETURNING id INTO t_trans_id;

UPDATE inventory_report
   set trans_id = t_trans_id
 WHERE id = in_id;

-- When the count is lower than expected, we need to write-off
-- some of our inventory. To do so, we post COGS to the expense
-- account and reduce the inventory by the amount. There is no
-- income associated with the transaction, so 'discount' == 100%
--
-- When the count is higher than expected, we need to increase
-- some of our inventory. To do so, we stock at reverse COGS, taking
-- the cost of the inventory increase out of COGS (to re-add on sale)
INSERT INTO invoice (trans_id, parts_id, description, qty,
                     sellprice, precision, discount)
SELECT t_trans_id, p.id, p.description, l.variance * -1,
       CASE WHEN l.variance > 0 THEN p.lastcost ELSE 0 END,
       3, CASE WHEN l.variance > 0 THEN 1 ELSE 0 END
  FROM parts p
  JOIN inventory_report_line l ON p.id = l.parts_id
 WHERE l.adjust_id = in_id;

PERFORM cogs__add_for_ar_line(id)
   FROM invoice
  WHERE qty > 0 AND trans_id = t_trans_id;

PERFORM cogs__add_for_ap_line(id)
   FROM invoice
  WHERE qty < 0 AND trans_id = t_trans_id;

UPDATE parts p
   SET onhand = onhand + (select variance
                            from inventory_report_line l
                           where p.id = l.parts_id
                             and l.adjust_id = in_id)
 WHERE id IN (select parts_id
                from inventory_report_line
               where adjust_id = in_id);


SELECT * INTO inv FROM inventory_report where id = in_id;

RETURN inv;

END;
$$;


--
-- Name: inventory_adjust__create(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__create(in_transdate date) RETURNS public.inventory_report
    LANGUAGE sql
    AS $$
        INSERT INTO inventory_report(transdate) values (in_transdate)
        RETURNING *;
$$;


--
-- Name: inventory_adjust__delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__delete(in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE inv inventory_report;
BEGIN
SELECT * INTO inv FROM inventory_report where id = in_id;
IF NOT FOUND THEN
   RETURN FALSE;
ELSIF inv.trans_id IS NOT NULL THEN
   RAISE EXCEPTION 'Set is Already Approved!';
END IF;

DELETE FROM inventory_report_line where adjust_id = in_id;
DELETE FROM inventory_report where id = in_id;

RETURN TRUE;

END;
$$;


--
-- Name: inventory_adjust__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__get(in_id integer) RETURNS public.inventory_report
    LANGUAGE sql
    AS $_$
SELECT * FROM inventory_report WHERE id = $1;
$_$;


--
-- Name: inventory_report_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inventory_report_line (
    adjust_id integer NOT NULL,
    parts_id integer NOT NULL,
    counted numeric,
    expected numeric,
    variance numeric
);


--
-- Name: inventory_adjust__get_lines(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__get_lines(in_id integer) RETURNS SETOF public.inventory_report_line
    LANGUAGE sql
    AS $_$
SELECT * FROM inventory_report_line l WHERE adjust_id = $1
 ORDER BY parts_id;
$_$;


--
-- Name: inventory_adjust__list(date, date, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__list(in_from_date date, in_to_date date, in_approved boolean) RETURNS SETOF public.inventory_report
    LANGUAGE sql
    AS $_$

SELECT * FROM inventory_report
 WHERE ($1 is null or transdate >= $1)
       AND ($2 IS NULL OR transdate <= $2)
       AND ($3 IS NULL OR $3 = (trans_id IS NOT NULL));

$_$;


--
-- Name: inventory_adjust__save_info(date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__save_info(in_transdate date, in_source text) RETURNS public.inventory_report
    LANGUAGE sql
    AS $_$
INSERT INTO inventory_report(transdate, source)
VALUES ($1, $2)
RETURNING *;
$_$;


--
-- Name: inventory_adjust__save_line(integer, integer, numeric, numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__save_line(in_adjust_id integer, in_parts_id integer, in_counted numeric, in_expected numeric, in_variance numeric) RETURNS public.inventory_report_line
    LANGUAGE sql
    AS $_$
INSERT INTO inventory_report_line
       (adjust_id, parts_id, counted, expected, variance)
VALUES ($1, $2, $3, $4, $5)
RETURNING *;
$_$;


--
-- Name: inventory_adjust__search(date, date, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_adjust__search(in_from_date date, in_to_date date, in_partnumber text, in_source text) RETURNS SETOF public.inventory_report
    LANGUAGE sql
    AS $_$

   SELECT r.id, r.transdate, r.source, r.trans_id
     FROM inventory_report r
     JOIN inventory_report_line l ON l.adjust_id = r.id
     JOIN parts p ON l.parts_id = p.id
    WHERE ($1 is null or $1 <= r.transdate) AND
          ($2 is null OR $2 >= r.transdate) AND
          ($3 IS NULL OR plainto_tsquery($3) @@ tsvector(p.partnumber)) AND
          ($4 IS NULL OR source LIKE $4 || '%')
 GROUP BY r.id, r.transdate, r.source, r.trans_id;
$_$;


--
-- Name: inventory_get_item_at_day(date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.inventory_get_item_at_day(in_transdate date, in_partnumber text) RETURNS public.parts
    LANGUAGE plpgsql
    AS $$
DECLARE out_row RECORD;
        t_parts_id int;
        int_outrow RECORD;
BEGIN
        SELECT id INTO t_parts_id
        FROM parts
        WHERE (partnumber like in_partnumber|| ' %'
                or partnumber = in_partnumber)
                and obsolete is not true
                and assembly is not true;

        SELECT * INTO out_row FROM parts WHERE id = t_parts_id;

        WITH RECURSIVE c AS (
             SELECT 1::numeric as multiplier, t_parts_id  as part_used,
                    t_parts_id as current_part_id
             UNION ALL
             SELECT c.multiplier * a.qty, t_parts_id as part_used,
                    a.parts_id as current_part_id
               FROM assembly a
               JOIN c ON c.current_part_id = a.id
        )
        SELECT  sum(coalesce(c.multiplier, 1) * i.qty) * -1
                AS onhand
        INTO int_outrow
        FROM parts p
        LEFT JOIN c ON c.part_used = t_parts_id
        JOIN invoice i ON (i.parts_id = p.id OR i.parts_id = c.current_part_id)
        JOIN (select id, transdate from ar
                UNION select id, transdate from ap) a ON (i.trans_id = a.id)

        WHERE (p.partnumber = in_partnumber
                or p.partnumber like in_partnumber || ' %')
                AND a.transdate <= in_transdate
                AND assembly IS FALSE AND obsolete IS NOT TRUE
        GROUP BY p.id, p.partnumber, p.description, p.unit, p.listprice,
                p.sellprice, p.lastcost, p.priceupdate, p.weight,
                p.onhand, p.notes, p.makemodel, p.assembly, p.alternate,
                p.rop, p.inventory_accno_id, p.income_accno_id, p.expense_accno_id,
                p.bin, p.obsolete, p.bom, p.image, p.microfiche, p.partsgroup_id,
                p.avgcost;

        out_row.onhand := int_outrow.onhand;
        RETURN out_row;
END;
$$;


--
-- Name: invoice__get_by_vendor_number(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.invoice__get_by_vendor_number(in_meta_number text, in_invoice_number text) RETURNS public.ap
    LANGUAGE sql
    AS $$
        SELECT * FROM ap WHERE entity_credit_account =
                (select id from entity_credit_account where entity_class = 1
                AND meta_number = in_meta_number)
                AND invnumber = in_invoice_number;
$$;


--
-- Name: is_leapyear(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.is_leapyear(in_date date) RETURNS boolean
    LANGUAGE sql
    AS $_$
    select extract('day' FROM (
                           (extract('year' FROM $1)::text
                           || '-02-28')::date + '1 day'::interval)::date)
           = 29;
$_$;


--
-- Name: FUNCTION is_leapyear(in_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.is_leapyear(in_date date) IS ' Returns true if date is in a leapyear.  False if not.  Uses the built-in
PostgreSQL date handling, and no direct detection is done in our code.';


--
-- Name: is_same_month(date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.is_same_month(in_date1 date, in_date2 date) RETURNS boolean
    LANGUAGE sql
    AS $_$
SELECT is_same_year($1, $2)
       and extract ('MONTH' from $1) = extract ('MONTH' from $2);
$_$;


--
-- Name: FUNCTION is_same_month(in_date1 date, in_date2 date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.is_same_month(in_date1 date, in_date2 date) IS ' Returns true if the two dates are in the same month and year. False
otherwise.';


--
-- Name: is_same_year(date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.is_same_year(in_date1 date, in_date2 date) RETURNS boolean
    LANGUAGE sql
    AS $_$
SELECT  extract ('YEAR' from $1) = extract ('YEAR' from $2);
$_$;


--
-- Name: FUNCTION is_same_year(in_date1 date, in_date2 date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.is_same_year(in_date1 date, in_date2 date) IS ' Returns true if the two dates are in the same year, false otherwise.';


--
-- Name: journal_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_entry (
    id integer NOT NULL,
    reference text,
    description text,
    locked_by integer,
    journal integer,
    post_date date DEFAULT now(),
    effective_start date,
    effective_end date,
    currency character(3) NOT NULL,
    approved boolean DEFAULT false,
    is_template boolean DEFAULT false,
    entered_by integer NOT NULL,
    approved_by integer,
    CONSTRAINT journal_entry_check CHECK (((is_template IS FALSE) OR (approved IS FALSE))),
    CONSTRAINT journal_entry_check1 CHECK ((is_template OR (reference IS NOT NULL)))
);


--
-- Name: TABLE journal_entry; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.journal_entry IS '
This tale records the header information for each transaction.  It replaces
parts of the following tables:  acc_trans, ar, ap, gl, transactions.

Note now all ar/ap transactions are also journal entries.';


--
-- Name: COLUMN journal_entry.reference; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.journal_entry.reference IS ' Invoice number or journal entry number.';


--
-- Name: COLUMN journal_entry.effective_start; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.journal_entry.effective_start IS ' For transactions whose effects are spread out over a period of time, this is
the effective start date for the transaction.  To be used by add-ons for
automating adjustments.';


--
-- Name: COLUMN journal_entry.effective_end; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.journal_entry.effective_end IS ' For transactions whose effects are spread out over a period of time, this is
the effective end date for the transaction.  To be used by add-ons for
automating adjustments.';


--
-- Name: COLUMN journal_entry.is_template; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.journal_entry.is_template IS ' Set true for template transactions.  Templates can never be approved but can
be copied into new transactions and are useful for recurrances. ';


--
-- Name: journal__add(text, text, integer, date, boolean, boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__add(in_reference text, in_description text, in_journal integer, in_post_date date, in_approved boolean, in_is_template boolean, in_currency text) RETURNS public.journal_entry
    LANGUAGE sql
    AS $_$
        INSERT INTO journal_entry (reference, description, journal, post_date,
                        approved, is_template, effective_start, effective_end,
                        currency, entered_by)
        VALUES (coalesce($1, ''), $2, $3, $4,
                        coalesce($5 , false),
                        coalesce($6, false),
               $4, $4, $7, person__get_my_entity_id()) RETURNING *;
$_$;


--
-- Name: journal_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_line (
    id integer NOT NULL,
    account_id integer NOT NULL,
    journal_id integer NOT NULL,
    amount numeric NOT NULL,
    cleared boolean DEFAULT false NOT NULL,
    reconciliation_report integer,
    line_type text,
    CONSTRAINT journal_line_amount_check CHECK ((amount <> 'NaN'::numeric))
);


--
-- Name: TABLE journal_line; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.journal_line IS ' Replaces acc_trans as the main account transaction line table.';


--
-- Name: COLUMN journal_line.cleared; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.journal_line.cleared IS ' Still needed both for legacy data and in case reconciliation data must
eventually be purged.';


--
-- Name: journal__add_line(integer, integer, numeric, boolean, text, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__add_line(in_account_id integer, in_journal_id integer, in_amount numeric, in_cleared boolean, in_memo text, in_business_units integer[]) RETURNS public.journal_line
    LANGUAGE sql
    AS $$
        INSERT INTO journal_line(account_id, journal_id, amount, cleared)
        VALUES (in_account_id, in_journal_id, in_amount,
                coalesce(in_cleared, false));

        INSERT INTO business_unit_jl(entry_id, bu_class, bu_id)
        SELECT currval('journal_line_id_seq'), class_id, id
          FROM business_unit
         WHERE id = any(in_business_units);

        SELECT * FROM journal_line where id = currval('journal_line_id_seq');
$$;


--
-- Name: journal__delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__delete(in_journal_id integer) RETURNS void
    LANGUAGE sql
    AS $$
  DELETE FROM eca_invoice WHERE journal_id = in_journal_id;
  DELETE FROM journal_line WHERE journal_id = in_journal_id;
  DELETE FROM journal_entry WHERE id = in_journal_id;
$$;


--
-- Name: journal__get_entry(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__get_entry(in_id integer) RETURNS public.journal_entry
    LANGUAGE sql
    AS $_$
SELECT * FROM journal_entry where id = $1;
$_$;


--
-- Name: eca_invoice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.eca_invoice (
    order_id integer,
    journal_id integer NOT NULL,
    on_hold boolean DEFAULT false,
    reverse boolean DEFAULT false,
    credit_id integer NOT NULL,
    due date NOT NULL,
    language_code character(6),
    force_closed boolean DEFAULT false NOT NULL,
    order_number text
);


--
-- Name: TABLE eca_invoice; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.eca_invoice IS ' Replaces the rest of the ar and ap tables.
Also tracks payments and receipts. ';


--
-- Name: COLUMN eca_invoice.order_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.eca_invoice.order_id IS ' Link to order it was created from';


--
-- Name: COLUMN eca_invoice.on_hold; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.eca_invoice.on_hold IS ' On hold invoices can not be paid, and overpayments that are on hold cannot
be used to pay invoices.';


--
-- Name: COLUMN eca_invoice.reverse; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.eca_invoice.reverse IS ' When this is set to true, the invoice is shown with opposite normal numbers,
i.e. negatives appear as positives, and positives appear as negatives.';


--
-- Name: COLUMN eca_invoice.force_closed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.eca_invoice.force_closed IS ' When this is set to true, the invoice does not show up on outstanding reports
and cannot be paid.  Overpayments where this is set to true do not appear on
outstanding reports and cannot be paid.';


--
-- Name: COLUMN eca_invoice.order_number; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.eca_invoice.order_number IS ' This is the order number of the other party.  So for a sales invoice, this
would be a purchase order, and for a vendor invoice, this would be a sales
order.';


--
-- Name: journal__get_invoice(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__get_invoice(in_id integer) RETURNS public.eca_invoice
    LANGUAGE sql
    AS $_$
SELECT * FROM eca_invoice where journal_id = $1;
$_$;


--
-- Name: journal__lines(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__lines(in_id integer) RETURNS SETOF public.journal_line
    LANGUAGE sql
    AS $_$
select * from journal_line where journal_id = $1;
$_$;


--
-- Name: journal__make_invoice(integer, integer, boolean, boolean, integer, character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__make_invoice(in_order_id integer, in_journal_id integer, in_on_hold boolean, in_reverse boolean, in_credit_id integer, in_language_code character varying) RETURNS public.eca_invoice
    LANGUAGE plpgsql
    AS $$
DECLARE retval eca_invoice;
BEGIN
        INSERT INTO eca_invoice (order_id, journal_id, on_hold, reverse,
                credit_id, language_code, due)
        VALUES (in_order_id, in_journal_id, coalesce(in_on_hold, false),
                in_reverse, in_credit_id, in_language_code, 'today');

        SELECT * INTO retval FROM eca_invoice WHERE journal_id = in_journal_id;

        RETURN retval;
END;
$$;


--
-- Name: recurringprint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recurringprint (
    id integer NOT NULL,
    formname text NOT NULL,
    format text,
    printer text
);


--
-- Name: TABLE recurringprint; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.recurringprint IS ' Template, printer etc. to print to when recurring transaction posts.';


--
-- Name: journal__save_recurring_print(integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__save_recurring_print(in_id integer, in_formname text, in_printer text) RETURNS public.recurringprint
    LANGUAGE sql
    AS $_$
insert into recurringprint (id, formname, format, printer)
values ($1, $2, 'PDF', $3)
returning *;
$_$;


--
-- Name: journal__search(text, text, integer, date, boolean, integer, boolean, text, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__search(in_reference text, in_description text, in_entry_type integer, in_transaction_date date, in_approved boolean, in_department_id integer, in_is_template boolean, in_meta_number text, in_entity_class integer, in_recurring boolean) RETURNS SETOF public.journal_search_result
    LANGUAGE plpgsql
    AS $$
DECLARE retval journal_search_result;
BEGIN
        FOR retval IN
                SELECT j.id, j.reference , j.description, j.journal,
                        j.post_date , j.approved,
                        j.is_template, eca.meta_number,
                        e.name, ec.class,
                        coalesce(
                          r.startdate + 0, -- r.recurring_interval,
                          j.post_date )
                FROM journal_entry j
                LEFT JOIN eca_invoice i ON (i.journal_id = j.id)
                LEFT JOIN entity_credit_account eca ON (eca.id = credit_id)
                LEFT JOIN entity e ON (eca.entity_id = e.id)
                LEFT JOIN entity_class ec ON (eca.entity_class = ec.id)
                LEFT JOIN recurring r ON j.id = r.id
--              WHERE (in_reference IS NULL OR in_reference = j.reference) AND
--                      (in_description IS NULL
--                              or in_description = j.description) AND
--                      (in_entry_type is null or in_entry_type = j.journal)
--                      and (in_transaction_date is null
--                              or in_transaction_date = j.post_date) and
--                      j.approved = coalesce(in_approved, true) and
--                      j.is_template = coalesce(in_is_template, false) and
--                      (in_meta_number is null
--                              or eca.meta_number = in_meta_number) and
--                      (in_entity_class is null
--                              or eca.entity_class = in_entity_class) AND
 --                       (in_recurring IS NOT TRUE OR
  --                              coalesce(r.startdate, r.nextdate) <= now()::date
   --                     )
        LOOP
                RETURN NEXT retval;
        END LOOP;
END;
$$;


--
-- Name: journal__validate_entry(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.journal__validate_entry(in_id integer) RETURNS boolean
    LANGUAGE sql
    AS $_$
        SELECT sum(amount) = 0 FROM journal_line WHERE journal_id = $1;
$_$;


--
-- Name: lastcost(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lastcost(integer) RETURNS double precision
    LANGUAGE plpgsql
    AS $_$

DECLARE

v_cost float;
v_parts_id alias for $1;

BEGIN

  SELECT INTO v_cost sellprice FROM invoice i
  JOIN ap a ON (a.id = i.trans_id)
  WHERE i.parts_id = v_parts_id
  ORDER BY a.transdate desc, a.id desc
  LIMIT 1;

  IF v_cost IS NULL THEN
    v_cost := 0;
  END IF;

RETURN v_cost;
END;
$_$;


--
-- Name: leap_days(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.leap_days(in_year_from integer, in_year_to integer) RETURNS integer
    LANGUAGE sql
    AS $_$
   SELECT count(*)::int
   FROM generate_series($1, $2)
   WHERE is_leapyear((generate_series::text || '-01-01')::date);
$_$;


--
-- Name: FUNCTION leap_days(in_year_from integer, in_year_to integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.leap_days(in_year_from integer, in_year_to integer) IS 'Returns the number of leap years between the two year inputs, inclusive.';


--
-- Name: country_tax_form; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.country_tax_form (
    country_id integer NOT NULL,
    form_name text NOT NULL,
    id integer NOT NULL,
    default_reportable boolean DEFAULT false NOT NULL,
    is_accrual boolean DEFAULT false NOT NULL
);


--
-- Name: TABLE country_tax_form; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.country_tax_form IS ' This table was designed for holding information relating to reportable
sales or purchases, such as IRS 1099 forms and international equivalents.';


--
-- Name: list_taxforms(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.list_taxforms(in_entity_id integer) RETURNS SETOF public.country_tax_form
    LANGUAGE plpgsql
    AS $$
DECLARE t_country_tax_form country_tax_form;
BEGIN

        FOR t_country_tax_form IN

                      SELECT *
                            FROM country_tax_form where country_id in(SELECT country_id from entity where id=in_entity_id)
        LOOP

        RETURN NEXT t_country_tax_form;

        END LOOP;

END;
$$;


--
-- Name: FUNCTION list_taxforms(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.list_taxforms(in_entity_id integer) IS 'Returns a list of tax forms for the entity''s country.';


--
-- Name: location; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.location (
    id integer NOT NULL,
    line_one text NOT NULL,
    line_two text,
    line_three text,
    city text NOT NULL,
    state text,
    country_id integer NOT NULL,
    mail_code text,
    created date DEFAULT now() NOT NULL,
    inactive_date timestamp without time zone,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT location_city_check CHECK ((city ~ '[[:alnum:]_]'::text)),
    CONSTRAINT location_line_one_check CHECK ((line_one ~ '[[:alnum:]_]'::text)),
    CONSTRAINT location_mail_code_check CHECK ((mail_code ~ '[[:alnum:]_-]'::text)),
    CONSTRAINT location_state_check CHECK ((state ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE location; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.location IS '
This table stores addresses, such as shipto and bill to addresses.
';


--
-- Name: location__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.location__get(in_id integer) RETURNS public.location
    LANGUAGE sql
    AS $$
        SELECT * FROM location WHERE id = in_id;
$$;


--
-- Name: FUNCTION location__get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.location__get(in_id integer) IS ' Returns the location specified by in_id.';


--
-- Name: location_delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.location_delete(in_id integer) RETURNS void
    LANGUAGE sql
    AS $$
        DELETE FROM location WHERE id = in_id;
$$;


--
-- Name: FUNCTION location_delete(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.location_delete(in_id integer) IS ' DELETES the location specified by in_id.  Does not return a value.';


--
-- Name: location_list_class(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.location_list_class() RETURNS SETOF public.location_class_item
    LANGUAGE sql
    AS $$
                SELECT l.*, as_array(e.entity_class)
                  FROM location_class l
                  JOIN location_class_to_entity_class e
                       ON (l.id = e.location_class)
              GROUP BY l.id, l.class, l.authoritative
              ORDER BY l.id;
$$;


--
-- Name: FUNCTION location_list_class(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.location_list_class() IS ' Lists location classes, by default in order entered.';


--
-- Name: country; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.country (
    id integer NOT NULL,
    name text NOT NULL,
    short_name text NOT NULL,
    itu text,
    CONSTRAINT country_name_check CHECK ((name ~ '[[:alnum:]_]'::text)),
    CONSTRAINT country_short_name_check CHECK ((short_name ~ '[[:alnum:]_]'::text))
);


--
-- Name: COLUMN country.itu; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.country.itu IS ' The ITU Telecommunication Standardization Sector code for calling internationally. For example, the US is 1, Great Britain is 44 ';


--
-- Name: location_list_country(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.location_list_country() RETURNS SETOF public.country
    LANGUAGE sql
    AS $$
                SELECT * FROM country ORDER BY name;
$$;


--
-- Name: FUNCTION location_list_country(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.location_list_country() IS ' Lists countries, by default in alphabetical order.';


--
-- Name: location_save(integer, text, text, text, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.location_save(in_location_id integer, in_address1 text, in_address2 text, in_address3 text, in_city text, in_state text, in_zipcode text, in_country integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
        location_id integer;
        location_row RECORD;
BEGIN

        IF in_location_id IS NULL THEN
            SELECT id INTO location_id FROM location
            WHERE line_one = in_address1 AND line_two = in_address2
                  AND line_three = in_address3 AND in_city = city
                  AND in_state = state AND in_zipcode = mail_code
                  AND in_country = country_id
            LIMIT 1;

            IF NOT FOUND THEN
            -- Straight insert.
            location_id = nextval('location_id_seq');
            INSERT INTO location (
                id,
                line_one,
                line_two,
                line_three,
                city,
                state,
                mail_code,
                country_id)
            VALUES (
                location_id,
                in_address1,
                in_address2,
                in_address3,
                in_city,
                in_state,
                in_zipcode,
                in_country
                );
            END IF;
            return location_id;
        ELSE
            RAISE NOTICE 'Overwriting location id %', in_location_id;
            -- Test it.
            SELECT * INTO location_row FROM location WHERE id = in_location_id;
            IF NOT FOUND THEN
                -- Tricky users are lying to us.
                RAISE EXCEPTION 'location_save called with nonexistant location ID %', in_location_id;
            ELSE
                -- Okay, we're good.

                UPDATE location SET
                    line_one = in_address1,
                    line_two = in_address2,
                    line_three = in_address3,
                    city = in_city,
                    state = in_state,
                    mail_code = in_zipcode,
                    country_id = in_country
                WHERE id = in_location_id;
                return in_location_id;
            END IF;
        END IF;
END;
$$;


--
-- Name: FUNCTION location_save(in_location_id integer, in_address1 text, in_address2 text, in_address3 text, in_city text, in_state text, in_zipcode text, in_country integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.location_save(in_location_id integer, in_address1 text, in_address2 text, in_address3 text, in_city text, in_state text, in_zipcode text, in_country integer) IS ' Note that this does NOT override the data in the database unless in_location_id is specified.
Instead we search for locations matching the desired specifications and if none
are found, we insert one.  Either way, the return value of the location can be
used for mapping to other things.  This is necessary because locations are
only loosly coupled with entities, etc.';


--
-- Name: lock_record(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lock_record(in_id integer, in_session_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $_$
declare
   locked int;
begin
   SELECT locked_by into locked from transactions where id = $1;
   IF NOT FOUND THEN
        RETURN FALSE;
   ELSEIF locked is not null AND locked <> $2 THEN
        RETURN FALSE;
   END IF;
   UPDATE transactions set locked_by = $2 where id = $1;
   RETURN TRUE;
end;
$_$;


--
-- Name: FUNCTION lock_record(in_id integer, in_session_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lock_record(in_id integer, in_session_id integer) IS '
This function seeks to lock a record with an id of in_id to a session with an
id of in_session_id.  If possible, it returns true.  If it is already locked,
false.  These are not hard locks and the application is free to disregard or
not even ask.  They time out when the session is destroyed.
';


--
-- Name: lsmb__backup_roles(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__backup_roles() RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

PERFORM lsmb__clear_role_backup();

CREATE TABLE lsmb_role_grants AS
SELECT u.id, rm.rolname
  FROM users u
  JOIN pg_authid r ON r.rolname = u.username
  JOIN pg_auth_members m ON m.member = r.oid
  JOIN pg_authid rm ON rm.oid = m.roleid;

CREATE TABLE lsmb_password_backups AS
SELECT u.id, rolpassword, rolvaliduntil
  FROM users u
  JOIN pg_authid r ON r.rolname = u.username;

RETURN FOUND;

END;
$$;


--
-- Name: FUNCTION lsmb__backup_roles(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb__backup_roles() IS ' This function creates two tables, dropping them if they exist previously:

* lsmb_role_grants
* lsmb_password_backups

These contain sensitive security information and should only be used when
creating customer-ready backups from shared hosting environments.';


--
-- Name: lsmb__clear_role_backup(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__clear_role_backup() RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN

DROP TABLE IF EXISTS lsmb_role_grants CASCADE;
DROP TABLE IF EXISTS lsmb_password_backups CASCADE;

RETURN TRUE;

END;

$$;


--
-- Name: FUNCTION lsmb__clear_role_backup(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb__clear_role_backup() IS '

This functon drops the backup tables.  It is also called on the successful
completion of lsmb__restore_roles().
';


--
-- Name: lsmb__create_role(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__create_role(in_role text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM * FROM pg_roles WHERE rolname = lsmb__role(in_role);
  IF FOUND THEN
     RETURN TRUE;
  END IF;

  EXECUTE 'CREATE ROLE ' || quote_ident(lsmb__role(in_role))
  || ' WITH INHERIT NOLOGIN';

  RETURN TRUE;
END;
$$;


--
-- Name: lsmb__decompose_timestamp(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__decompose_timestamp(in_timestamp timestamp with time zone) RETURNS public.lsmb_date_fields
    LANGUAGE sql
    AS $_$
SELECT extract('century' from $1) as century,
       extract('decade' from $1) as decade,
       extract('year' from $1) as year,
       extract('month' from $1) as month,
       extract('day' from $1) as day,
       extract('hour' from $1) as hour,
       extract('minute' from $1) as minute,
       extract('second' from $1) as second,
       extract('quarter' from $1) as quarter,
       extract('doy' from $1) as doy,
       extract('dow' from $1) as dow,
       extract('week' from $1) as week,
       extract('epoch' from $1) as epoch,
       $1::date as as_date,
       $1::time as as_time;
$_$;


--
-- Name: lsmb__global_role(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__global_role(role text) RETURNS text
    LANGUAGE sql
    AS $$
select case when position(lsmb__role_prefix() in role) = 1
              then substring(role from length(lsmb__role_prefix())+1)
       else null
       end;
$$;


--
-- Name: FUNCTION lsmb__global_role(role text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb__global_role(role text) IS ' Strips the role prefix from the role turning it
into a global role identifier, or returns NULL if the string does not
start with the role prefix.
';


--
-- Name: lsmb__grant_exec(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__grant_exec(in_role text, in_func text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
   EXECUTE 'GRANT EXECUTE ON FUNCTION ' || in_func || ' TO '
   || quote_ident(lsmb__role(in_role));
   RETURN TRUE;
END;
$$;


--
-- Name: lsmb__grant_menu(text, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__grant_menu(in_role text, in_node_id integer, in_perm_type text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
   PERFORM * FROM pg_roles WHERE rolname = lsmb__role(in_role);
   IF NOT FOUND THEN
      RAISE EXCEPTION 'Role not found';
   END IF;
   PERFORM * FROM menu_attribute
     WHERE attribute = 'menu' AND node_id = in_node_id;
   IF FOUND THEN
      RAISE EXCEPTION 'Cannot grant to submenu';
   END IF;
   IF in_perm_type NOT IN ('allow', 'deny') THEN
      RAISE EXCEPTION 'Invalid perm type';
   END IF;
   PERFORM * FROM menu_acl
     WHERE node_id = in_node_id AND role_name = lsmb__role(in_role)
           AND acl_type = in_perm_type;
   IF FOUND THEN RETURN TRUE;
   END IF;
   INSERT INTO menu_acl (node_id, role_name, acl_type)
   VALUES (in_node_id, lsmb__role(in_role), in_perm_type);
   RETURN TRUE;
END;
$$;


--
-- Name: lsmb__grant_perms(text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__grant_perms(in_role text, in_table text, in_perms text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
   IF upper(in_perms) NOT IN ('ALL', 'INSERT', 'UPDATE', 'SELECT', 'DELETE') THEN
      RAISE EXCEPTION 'Invalid permission';
   END IF;
   EXECUTE 'GRANT ' || in_perms || ' ON ' || quote_ident(in_table)
   || ' TO ' ||  quote_ident(lsmb__role(in_role));

   RETURN TRUE;
END;
$$;


--
-- Name: lsmb__grant_perms(text, text, text, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__grant_perms(in_role text, in_table text, in_perms text, in_cols text[]) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
   IF upper(in_perms) NOT IN ('ALL', 'INSERT', 'UPDATE', 'SELECT', 'DELETE') THEN
      RAISE EXCEPTION 'Invalid permission';
   END IF;
   EXECUTE 'GRANT ' || in_perms
   || '(' || array_to_string(quote_ident_array(in_cols), ', ')
   || ') ON ' || quote_ident(in_table)|| ' TO '
   ||  quote_ident(lsmb__role(in_role));
   RETURN TRUE;
END;
$$;


--
-- Name: lsmb__grant_role(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__grant_role(in_child text, in_parent text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
   EXECUTE 'GRANT ' || quote_ident(lsmb__role(in_parent)) || ' TO '
   || quote_ident(lsmb__role(in_child));
   RETURN TRUE;
END;
$$;


--
-- Name: lsmb__is_allowed_role(text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__is_allowed_role(in_rolelist text[]) RETURNS boolean
    LANGUAGE sql
    AS $$
select bool_and(pg_has_role(lsmb__role(r), 'USAGE'))
  from unnest(in_rolelist) r;
$$;


--
-- Name: lsmb__max_date(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__max_date() RETURNS date
    LANGUAGE sql
    AS $$ SELECT max(transdate) FROM acc_trans; $$;


--
-- Name: lsmb__min_date(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__min_date() RETURNS date
    LANGUAGE sql
    AS $$ SELECT min(transdate) from acc_trans; $$;


--
-- Name: lsmb__restore_roles(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__restore_roles() RETURNS boolean
    LANGUAGE plpgsql
    AS $_$
DECLARE temp_rec RECORD;

BEGIN

FOR temp_rec IN
    select u.username, l.*
      FROM users u
      JOIN lsmb_password_backups l ON u.id = l.id
LOOP
    PERFORM 1 FROM pg_authid WHERE rolname = temp_rec.username;

    IF FOUND THEN
        EXECUTE $e$ ALTER USER $e$ || quote_ident(temp_rec.username) ||
        $e$ WITH ENCRYPTED PASSWORD $e$ || quote_literal(temp_rec.rolpassword) ||
        $e$ VALID UNTIL $e$ || coalesce(quote_literal(temp_rec.rolvaliduntil),
                                         'NULL');
    ELSE
        EXECUTE $e$ CREATE USER $e$ || quote_ident(temp_rec.username) ||
        $e$ WITH ENCRYPTED PASSWORD $e$ || quote_literal(temp_rec.rolpassword) ||
        $e$ VALID UNTIL $e$ || coalesce(quote_literal(temp_rec.rolvaliduntil),
                                         'NULL');
    END IF;
END LOOP;

PERFORM admin__add_user_to_role(u.username, r.rolname)
   FROM users u
   JOIN lsmb_role_grants r ON u.id = r.id
   JOIN pg_authid a ON r.rolname = a.rolname;

RETURN lsmb__clear_role_backup();

END;
$_$;


--
-- Name: FUNCTION lsmb__restore_roles(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb__restore_roles() IS '
This file restores the roles from lsmb__backup_roles() and then cleares the role
backup.  If the role backup/restore did not work properly one can always
restore the backup tables only from the backup again but this reduces security
disclosure.
';


--
-- Name: lsmb__role(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__role(global_role text) RETURNS text
    LANGUAGE sql
    AS $_$ select lsmb__role_prefix() || $1; $_$;


--
-- Name: FUNCTION lsmb__role(global_role text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb__role(global_role text) IS ' Prepends the role prefix to a role name.

E.g. ''contact_edit'' is converted to ''lsmb_mycompany__contact_edit''
';


--
-- Name: lsmb__role_prefix(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb__role_prefix() RETURNS text
    LANGUAGE sql
    AS $$ select coalesce((setting_get('role_prefix')).value,
                   'lsmb_' || current_database() || '__'); $$;


--
-- Name: FUNCTION lsmb__role_prefix(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb__role_prefix() IS ' Returns the prefix text to be used for roles. E.g.  ''lsmb__mycompany_'' ';


--
-- Name: lsmb_array_append(anyarray, anyelement); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb_array_append(ary anyarray, elm anyelement) RETURNS anyarray
    LANGUAGE sql
    AS $$
   SELECT array_append(ary, elm);
$$;


--
-- Name: FUNCTION lsmb_array_append(ary anyarray, elm anyelement); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb_array_append(ary anyarray, elm anyelement) IS 'PostgreSQL 14 vs pre-14 compatibility measure.';


--
-- Name: lsmb_module__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb_module__get(in_id integer) RETURNS public.lsmb_module
    LANGUAGE sql
    AS $_$ SELECT * FROM lsmb_module where id = $1; $_$;


--
-- Name: FUNCTION lsmb_module__get(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb_module__get(in_id integer) IS ' Retrieves a single module''s info by id. ';


--
-- Name: lsmb_module__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.lsmb_module__list() RETURNS SETOF public.lsmb_module
    LANGUAGE sql
    AS $$ SELECT * FROM lsmb_module ORDER BY id $$;


--
-- Name: FUNCTION lsmb_module__list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.lsmb_module__list() IS ' Returns a list of all defined modules, ordered by id. ';


--
-- Name: menu_children(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.menu_children(in_parent_id integer) RETURNS SETOF public.menu_item
    LANGUAGE sql
    AS $_$
SELECT * FROM menu_generate() where parent = $1;
$_$;


--
-- Name: FUNCTION menu_children(in_parent_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.menu_children(in_parent_id integer) IS ' This function returns all menu  items which are children of in_parent_id
(the only input parameter).

It is thus similar to menu_generate() but it only returns the menu items
associated with nodes directly descendant from the parent.  It is used for
menues for frameless browsers.';


--
-- Name: menu_generate(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.menu_generate() RETURNS SETOF public.menu_item
    LANGUAGE sql
    AS $$
               WITH RECURSIVE tree (path, id, parent, level, positions)
                               AS (select id::text as path, id, parent,
                                           0 as level, position::text
                                      FROM menu_node where parent is null
                                     UNION
                                    select path || ',' || n.id::text, n.id,
                                           n.parent,
                                           t.level + 1,
                                           t.positions || ',' || n.position
                                      FROM menu_node n
                                      JOIN tree t ON t.id = n.parent)
                SELECT n.position, n.id, c.level, n.label, c.path, n.parent,
                       to_args(array[ma.attribute, ma.value])
                FROM tree c
                JOIN menu_node n USING(id)
                JOIN menu_attribute ma ON (n.id = ma.node_id)
               WHERE n.id IN (select node_id
                                FROM menu_acl acl
                          LEFT JOIN pg_roles pr on pr.rolname = acl.role_name
                               WHERE CASE WHEN role_name
                                                           ilike 'public'
                                                      THEN true
                                                      WHEN rolname IS NULL
                                                      THEN FALSE
                                                      ELSE pg_has_role(rolname,
                                                                       'USAGE')
                                      END
                            GROUP BY node_id
                              HAVING bool_and(CASE WHEN acl_type ilike 'DENY'
                                                   THEN FALSE
                                                   WHEN acl_type ilike 'ALLOW'
                                                   THEN TRUE
                                                END))
                    or exists (select cn.id, cc.path
                                 FROM tree cc
                                 JOIN menu_node cn USING(id)
                                WHERE cn.id IN
                                      (select node_id
                                         FROM menu_acl acl
                                    LEFT JOIN pg_roles pr
                                              on pr.rolname = acl.role_name
                                        WHERE CASE WHEN rolname
                                                           ilike 'public'
                                                      THEN true
                                                      WHEN rolname IS NULL
                                                      THEN FALSE
                                                      ELSE pg_has_role(rolname,
                                                                       'USAGE')
                                                END
                                     GROUP BY node_id
                                       HAVING bool_and(CASE WHEN acl_type
                                                                 ilike 'DENY'
                                                            THEN false
                                                            WHEN acl_type
                                                                 ilike 'ALLOW'
                                                            THEN TRUE
                                                         END))
                                       and cc.path::text
                                           like c.path::text || ',%')
            GROUP BY n.position, n.id, c.level, n.label, c.path, c.positions,
                     n.parent
            ORDER BY string_to_array(c.positions, ',')::int[]
$$;


--
-- Name: FUNCTION menu_generate(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.menu_generate() IS '
This function returns the complete menu tree.  It is used to generate nested
menus for the web interface.
';


--
-- Name: menu_insert(integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.menu_insert(in_parent_id integer, in_position integer, in_label text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
        new_id int;
BEGIN
        UPDATE menu_node
        SET position = position * -1
        WHERE parent = in_parent_id
                AND position >= in_position;

        INSERT INTO menu_node (parent, position, label)
        VALUES (in_parent_id, in_position, in_label);

        SELECT INTO new_id currval('menu_node_id_seq');

        UPDATE menu_node
        SET position = (position * -1) + 1
        WHERE parent = in_parent_id
                AND position < 0;

        RETURN new_id;
END;
$$;


--
-- Name: FUNCTION menu_insert(in_parent_id integer, in_position integer, in_label text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.menu_insert(in_parent_id integer, in_position integer, in_label text) IS '
This function inserts menu items at arbitrary positions.  The arguments are, in
order:  parent, position, label.  The return value is the id number of the menu
item created. ';


--
-- Name: mfg_lot__commit(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mfg_lot__commit(in_id integer) RETURNS numeric
    LANGUAGE plpgsql
    AS $_$
DECLARE t_mfg_lot mfg_lot;
BEGIN
    SELECT * INTO t_mfg_lot FROM mfg_lot WHERE id = $1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Lot not found';
    END IF;

    UPDATE parts SET onhand = onhand
                              - (select qty from mfg_lot_item
                                  WHERE parts_id = parts.id AND
                                        mfg_lot_id = $1)
     WHERE id in (select parts_id from mfg_lot_item
                   WHERE mfg_lot_id = $1);

    UPDATE parts SET onhand = onhand + t_mfg_lot.qty
     where id = t_mfg_lot.parts_id;

    INSERT INTO gl (reference, description, transdate, approved,
                   trans_type_code)
    values ('mfg-' || $1::TEXT, 'Manufacturing lot',
            now(), true, 'as');

    INSERT INTO invoice (trans_id, parts_id, qty, allocated)
    SELECT currval('id')::int, parts_id, qty, 0
      FROM mfg_lot_item WHERE mfg_lot_id = $1;

    PERFORM cogs__add_for_ar_line(id) FROM invoice
      WHERE trans_id = currval('id')::int;


    PERFORM * FROM invoice
      WHERE qty + allocated <> 0 AND trans_id = currval('id')::int;

    IF FOUND THEN
       RAISE EXCEPTION 'Not enough parts in stock';
    END IF;

    INSERT INTO invoice (trans_id, parts_id, qty, allocated, sellprice)
    SELECT currval('id')::int, t_mfg_lot.parts_id, t_mfg_lot.qty * -1, 0,
           sum(amount) / t_mfg_lot.qty
      FROM acc_trans
     WHERE amount < 0 and trans_id = currval('id')::int;

    PERFORM cogs__add_for_ap_line(currval('invoice_id_seq')::int);

    -- move from reverse COGS.
    INSERT INTO acc_trans(trans_id, chart_id, transdate, amount)
    SELECT trans_id, chart_id, transdate, amount * -1
      FROM acc_trans
     WHERE amount < 0 and trans_id = currval('id')::int;

    -- difference goes into inventory
    INSERT INTO acc_trans(trans_id, transdate, amount, chart_id)
    SELECT trans_id, now(), sum(amount) * -1,
           (select inventory_accno_id from parts where id = t_mfg_lot.parts_id)
      FROM acc_trans
     WHERE trans_id = currval('id')::int
  GROUP BY trans_id;


    RETURN t_mfg_lot.qty;
END;
$_$;


--
-- Name: months_passed(timestamp without time zone, timestamp without time zone); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.months_passed(in_start timestamp without time zone, in_end timestamp without time zone) RETURNS integer
    LANGUAGE sql
    AS $_$

-- The addition of one day is so that it will return '1' when run on the end
-- day of consecutive months.

select (extract (months from age($2 + '1 day', $1 + '1 day'))
       + extract (years from age($2, $1)) * 12)::int;
$_$;


--
-- Name: FUNCTION months_passed(in_start timestamp without time zone, in_end timestamp without time zone); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.months_passed(in_start timestamp without time zone, in_end timestamp without time zone) IS ' Returns the number of months between in_start and in_end.';


--
-- Name: next_leap_year_calc(date, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.next_leap_year_calc(in_date date, is_end boolean) RETURNS integer
    LANGUAGE sql
    AS $_$
SELECT
          (CASE WHEN extract('doy' FROM $1) < 59
          THEN extract('year' FROM $1)
          ELSE extract('year' FROM $1) + 1
          END)::int
          -
          CASE WHEN $2 THEN 1 ELSE 0 END;
$_$;


--
-- Name: FUNCTION next_leap_year_calc(in_date date, is_end boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.next_leap_year_calc(in_date date, is_end boolean) IS 'Next relevant leap year calculation for a daily depreciation calculation';


--
-- Name: order__combine(integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.order__combine(in_ids integer[]) RETURNS SETOF public.oe
    LANGUAGE plpgsql
    AS $$

DECLARE retval oe;
        ordercount int;
        ids int[];
        loop_info record;
        settings text[];
        my_person_id int;
BEGIN

SELECT id INTO my_person_id
  FROM person
 WHERE entity_id = person__get_my_entity_id();

settings := ARRAY['sonumber', 'ponumber', 'sqnumber', 'rfqnumber'];
ids := array[]::int[];

-- This approach of looping through insert/select operations will break down
-- if overly complex order consolidation jobs are run (think, hundreds of
-- combined orders in the *output*
--
-- The tradeoff is that if we address the huge complex runs here, then we have
-- the possibility of having to lock the whole table which poses other issues.
-- For that reason, I am going with this approach for now. --CT

FOR loop_info IN
       SELECT max(id) as id, taxincluded, entity_credit_account, oe_class_id,
              curr
         FROM oe WHERE id = any(in_ids)
     GROUP BY taxincluded, entity_credit_account, oe_class_id, curr
LOOP

INSERT INTO oe
       (ordnumber, transdate,   amount,        netamount,
        reqdate,   taxincluded, shippingpoint, notes,
        curr,      person_id,   closed,        quotation,
        quonumber, intnotes,    shipvia,       language_code,
        ponumber,  terms,       oe_class_id,   entity_credit_account)
SELECT CASE WHEN oe_class_id IN (1, 2)
            THEN setting_increment(settings[oe_class_id])
            ELSE NULL
        END,          now()::date,        sum(amount),        sum(netamount),
        min(reqdate), taxincluded,        min(shippingpoint), '',
        curr,         my_person_id, false, false,
        CASE WHEN oe_class_id IN (3, 4)
            THEN setting_increment(settings[oe_class_id])
            ELSE NULL
        END,          NULL,      NULL,          NULL,
        null,       min(terms),  oe_class_id,  entity_credit_account
  FROM oe
 WHERE id = any (in_ids)
       AND taxincluded = loop_info.taxincluded
       AND entity_credit_account = loop_info.entity_credit_account
       AND oe_class_id = loop_info.oe_class_id
 GROUP BY curr, taxincluded, oe_class_id, entity_credit_account;


INSERT INTO orderitems
       (trans_id,      parts_id,        description,         qty,
        sellprice,     precision,       discount,            unit,
        reqdate,       ship,            serialnumber,        notes)
SELECT currval('oe_id_seq'), oi.parts_id, oi.description,     oi.qty,
       oi.sellprice,   oi.precision,    oi.discount,         oi.unit,
       oi.reqdate,     oi.ship,         oi.serialnumber,     oi.notes
  FROM orderitems oi
  JOIN oe ON oi.trans_id = oe.id
 WHERE oe.id = any (in_ids)
       AND taxincluded = loop_info.taxincluded
       AND entity_credit_account = loop_info.entity_credit_account
       AND oe_class_id = loop_info.oe_class_id;

ids := ids || currval('oe_id_seq')::int;

END LOOP;

UPDATE oe SET closed = true WHERE id = any(in_ids);

FOR retval IN select * from oe WHERE id =any(ids)
LOOP
   RETURN NEXT retval;
END LOOP;

END;
$$;


--
-- Name: order__search(integer, text, text, text, text, boolean, boolean, text, text, date, date, boolean, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.order__search(in_oe_class_id integer, in_meta_number text, in_legal_name text, in_ponumber text, in_ordnumber text, in_open boolean, in_closed boolean, in_shipvia text, in_description text, in_date_from date, in_date_to date, in_shippable boolean, in_buisness_units integer[]) RETURNS SETOF public.order_search_line
    LANGUAGE sql
    AS $$

       SELECT o.id,
              CASE WHEN oe_class_id IN (1, 2) THEN o.ordnumber
                   WHEN oe_class_id IN (3, 4) THEN o.quonumber
                   ELSE NULL
               END as ordnumber, o.transdate, o.reqdate,
              o.amount, c.name, o.netamount,
              o.entity_credit_account, o.closed, o.quonumber, o.shippingpoint,
              CASE WHEN ct.entity_class = 2 THEN ex.buy ELSE ex.sell END
              AS exchangerate, o.shipvia, pe.first_name || ' ' || pe.last_name
              AS employee, pm.first_name || ' ' || pm.last_name AS manager,
              o.curr, o.ponumber, ct.meta_number, c.id
         FROM oe o
         JOIN entity_credit_account ct ON (o.entity_credit_account = ct.id)
         JOIN entity c ON (c.id = ct.entity_id)
    LEFT JOIN person pe ON (o.person_id = pe.id)
    LEFT JOIN entity_employee e ON (pe.entity_id = e.entity_id)
    LEFT JOIN person pm ON (e.manager_id = pm.id)
    LEFT JOIN entity_employee m ON (pm.entity_id = m.entity_id)
    LEFT JOIN exchangerate ex
              ON (ex.curr = o.curr AND ex.transdate = o.transdate)
        WHERE o.oe_class_id = in_oe_class_id
             AND (in_meta_number IS NULL
                   or ct.meta_number ILIKE in_meta_number || '%')
             AND (in_legal_name IS NULL OR
                     c.name @@ plainto_tsquery(in_legal_name))
             AND (in_ponumber IS NULL OR o.ponumber ILIKE in_ponumber || '%')
            AND (in_ordnumber IS NULL
                     OR o.ordnumber ILIKE in_ordnumber || '%')
             AND ((in_open is true and o.closed is false)
                 OR (in_closed is true and o.closed is true))
             AND (in_shipvia IS NULL
                      OR o.shipvia @@ plainto_tsquery(in_shipvia))
             AND (in_description IS NULL AND in_shippable IS NULL OR
                     EXISTS (SELECT 1
                               FROM orderitems oi
                               JOIN parts p ON p.id = oi.parts_id
                              WHERE trans_id = o.id
                                    AND (in_description IS NULL OR
                                        oi.description
                                        @@ plainto_tsquery(in_description))
                                    AND (in_shippable IS NULL OR
                                         p.assembly OR
                                         p.inventory_accno_id IS NOT NULL))
                 )
             AND (in_date_from IS NULL OR o.transdate >= in_date_from)
             AND (in_date_to IS NULL OR o.transdate <= in_date_to);

$$;


--
-- Name: overpayment__reverse(integer, date, integer, integer, numeric, character); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.overpayment__reverse(in_id integer, in_transdate date, in_batch_id integer, in_account_class integer, in_exchangerate numeric, in_curr character) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
declare t_id int;
        in_cash_accno text;
BEGIN

-- reverse overpayment gl

INSERT INTO gl (transdate, reference, description, approved, trans_type_code)
SELECT transdate, reference || '-reversal',
       'reversal of ' || description, '0', 'op'
  FROM gl WHERE id = (select gl_id from payment where id = in_id);

IF NOT FOUND THEN
   RETURN FALSE;
END IF;

t_id := currval('id');

INSERT INTO voucher (batch_id, trans_id, batch_class)
VALUES (in_batch_id, t_id, CASE WHEN in_account_class = 1 THEN 4 ELSE 7 END);

INSERT INTO acc_trans (transdate, trans_id, chart_id, amount)
SELECT in_transdate, t_id, chart_id, amount * -1
  FROM acc_trans
 WHERE trans_id = in_id;

-- reverse overpayment usage
PERFORM payment__reverse(ac.source, ac.transdate, eca.id, at.accno,
        in_transdate, eca.entity_class, in_batch_id, null,
        in_exchangerate, in_curr)
  FROM acc_trans ac
  JOIN account at ON ac.chart_id = at.id
  JOIN account_link al ON at.id = al.account_id AND al.description like 'A%paid'
  JOIN (select id, entity_credit_account FROM ar UNION
        select id, entity_credit_account from ap) a ON a.id = ac.trans_id
  JOIN entity_credit_account eca ON a.entity_credit_account = eca.id
  JOIN payment_links pl ON pl.entry_id = ac.entry_id
  JOIN overpayments op ON op.payment_id = pl.payment_id
  JOIN payment p ON p.id = op.payment_id
 WHERE p.gl_id = in_id
GROUP BY ac.source, ac.transdate, eca.id, eca.entity_class,
         at.accno, al.description;

RETURN TRUE;
END;
$$;


--
-- Name: parse_date(date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.parse_date(in_date date) RETURNS date
    LANGUAGE sql
    AS $_$ select $1; $_$;


--
-- Name: FUNCTION parse_date(in_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.parse_date(in_date date) IS ' Simple way to cast a Perl string to a
date format of known type. ';


--
-- Name: part__get_by_id(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.part__get_by_id(in_id integer) RETURNS public.parts
    LANGUAGE sql
    AS $_$
select * from parts where id = $1;
$_$;


--
-- Name: parts__get_by_id(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.parts__get_by_id(in_id integer) RETURNS public.parts
    LANGUAGE sql
    AS $_$
SELECT * FROM parts WHERE id = $1;
$_$;


--
-- Name: parts__get_by_partnumber(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.parts__get_by_partnumber(in_partnumber text) RETURNS public.parts
    LANGUAGE sql
    AS $_$
SELECT * FROM parts where partnumber = $1 AND NOT OBSOLETE;
$_$;


--
-- Name: parts__search_lite(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.parts__search_lite(in_partnumber text, in_description text) RETURNS SETOF public.parts
    LANGUAGE sql
    AS $_$
SELECT *
  FROM parts
 WHERE ($1 IS NULL OR (partnumber ilike '%' || $1 || '%'))
       AND ($2 IS NULL
            OR description ilike '%' || $2 || '%'
            OR plainto_tsquery(get_default_lang()::regconfig, $2)
               =
               plainto_tsquery(get_default_lang()::regconfig, '')
            OR (description
                @@
                plainto_tsquery(get_default_lang()::regconfig, $2)))
       AND not obsolete
ORDER BY partnumber;
$_$;


--
-- Name: partsgroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partsgroup (
    id integer NOT NULL,
    partsgroup text,
    parent integer
);


--
-- Name: TABLE partsgroup; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.partsgroup IS ' Groups of parts for Point of Sale screen.';


--
-- Name: partsgroup__search(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.partsgroup__search(in_pricegroup text) RETURNS SETOF public.partsgroup
    LANGUAGE sql STABLE
    AS $_$
  SELECT * FROM partsgroup
   WHERE $1 is null or partsgroup ilike $1 || '%'
ORDER BY partsgroup;
$_$;


--
-- Name: payment__get_gl(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment__get_gl(in_payment_id integer) RETURNS public.gl
    LANGUAGE sql
    AS $_$
SELECT * FROM gl WHERE id = (select id from payment where id = $1);
$_$;


--
-- Name: payment__overpayments_list(date, date, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment__overpayments_list(in_date_from date, in_date_to date, in_control_code text, in_meta_number text, in_name_part text) RETURNS SETOF public.overpayment_list_item
    LANGUAGE sql
    AS $_$
-- I don't like the subquery below but we are looking for the first line, and
-- I can't think of a better way to do that. --CT

-- This should never hit an income statement-side account but I have handled it
-- in case of configuration error. --CT
SELECT o.payment_id, e.name, o.available, g.transdate,
       (select amount * CASE WHEN c.category in ('A', 'E') THEN -1 ELSE 1 END
          from acc_trans
         where g.id = trans_id
               AND chart_id = o.chart_id ORDER BY entry_id ASC LIMIT 1) as amount
  FROM overpayments o
  JOIN payment p ON o.payment_id = p.id
  JOIN gl g ON g.id = p.gl_id
  JOIN account c ON c.id = o.chart_id
  JOIN entity_credit_account eca ON eca.id = o.entity_credit_id
  JOIN entity e ON eca.entity_id = e.id
 WHERE ($1 IS NULL OR $1 <= g.transdate) AND
       ($2 IS NULL OR $2 >= g.transdate) AND
       ($3 IS NULL OR $3 = e.control_code) AND
       ($4 IS NULL OR $4 = eca.meta_number) AND
       ($5 IS NULL OR e.name @@ plainto_tsquery($5));
$_$;


--
-- Name: payment__reverse(text, date, integer, text, date, integer, integer, integer, numeric, character); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment__reverse(in_source text, in_date_paid date, in_credit_id integer, in_cash_accno text, in_date_reversed date, in_account_class integer, in_batch_id integer, in_voucher_id integer, in_exchangerate numeric, in_currency character) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
        pay_row record;
        t_voucher_id int;
        t_voucher_inserted bool;
        t_currs text[];
        t_rev_fx numeric;
        t_fxgain_id int;
        t_fxloss_id int;
        t_paid_fx numeric;
BEGIN
        SELECT * INTO t_rev_fx FROM currency_get_exchangerate(
              in_currency, in_date_reversed, in_account_class);

        SELECT * INTO t_paid_fx FROM currency_get_exchangerate(
              in_currency, in_date_paid, in_account_class);

       select value::int INTO t_fxgain_id FROM setting_get('fxgain_accno_id');
       select value::int INTO t_fxloss_id FROM setting_get('fxloss_accno_id');

       SELECT string_to_array(value, ':') into t_currs
          from defaults
         where setting_key = 'curr';

        IF in_currency IS NULL OR in_currency = t_currs[1] THEN
                t_rev_fx := 1;
                t_paid_fx := 1;
        ELSIF t_rev_fx IS NULL THEN
                t_rev_fx := in_exchangerate;
                PERFORM payments_set_exchangerate(in_account_class,
                                                  in_exchangerate,
                                                  in_currency,
                                                  in_date_reversed);
        ELSIF t_rev_fx <> in_exchangerate THEN
                RAISE EXCEPTION 'Exchange rate different than on file';
        END IF;
        IF t_rev_fx IS NULL THEN
            RAISE EXCEPTION 'No exchangerate provided and not default currency';
        END IF;


        IF in_batch_id IS NOT NULL THEN
                t_voucher_id := nextval('voucher_id_seq');
                t_voucher_inserted := FALSE;
        END IF;
        FOR pay_row IN
                SELECT a.*,
                       (select distinct chart_id
                          from acc_trans ac
                               join account at on ac.chart_id = at.id
                               join account_link al on at.id = al.account_id
                         where ((al.description = 'AP'
                                   and in_account_class = 1)
                                 or (al.description = 'AR'
                                    and in_account_class = 2))
                               and ac.trans_id = a.trans_id)
                             as ar_ap_account_id,
                       arap.curr, arap.fxrate
                FROM acc_trans a
                JOIN (select id, curr, entity_credit_account,
                             CASE WHEN curr = t_currs[1] THEN 1
                                   ELSE buy END as fxrate
                        FROM ar
                   LEFT JOIN exchangerate USING (transdate, curr)
                       WHERE in_account_class = 2
                        UNION
                        SELECT id, curr, entity_credit_account,
                               CASE WHEN curr = t_currs[1] THEN 1
                                    ELSE sell END as fxrate
                        FROM ap
                   LEFT JOIN exchangerate USING (transdate, curr)
                       WHERE in_account_class = 1
                ) arap ON (a.trans_id = arap.id)
                JOIN entity_credit_account c
                        ON (arap.entity_credit_account = c.id)
                JOIN account ch ON (a.chart_id = ch.id)
                WHERE coalesce(a.source, '') = coalesce(in_source, '')
                        AND a.transdate = in_date_paid
                        AND in_credit_id = arap.entity_credit_account
                        AND in_cash_accno = ch.accno
                        and in_voucher_id IS NOT DISTINCT FROM voucher_id
        LOOP
                IF pay_row.curr = t_currs[1] THEN
                   pay_row.fxrate = 1;
                END IF;

                IF in_batch_id IS NOT NULL
                        AND t_voucher_inserted IS NOT TRUE
                THEN
                        INSERT INTO voucher
                        (id, trans_id, batch_id, batch_class)
                        VALUES
                        (t_voucher_id, pay_row.trans_id, in_batch_id,
                                CASE WHEN in_account_class = 1 THEN 4
                                     WHEN in_account_class = 2 THEN 7
                                END);

                        t_voucher_inserted := TRUE;
                END IF;

                INSERT INTO acc_trans
                (trans_id, chart_id, amount, transdate, source, memo, approved,
                        voucher_id)
                VALUES
                (pay_row.trans_id, pay_row.chart_id,
                        pay_row.amount / t_paid_fx * -1 * t_rev_fx,
                        in_date_reversed, in_source, 'Reversing ' ||
                        COALESCE(in_source, ''),
                        case when in_batch_id is not null then false
                        else true end, t_voucher_id),
                 (pay_row.trans_id, pay_row.ar_ap_account_id,
                        pay_row.amount / t_paid_fx * pay_row.fxrate,
                        in_date_reversed, in_source, 'Reversing ' ||
                        COALESCE(in_source, ''),
                        case when in_batch_id is not null then false
                        else true end, t_voucher_id);


                IF  ABS(pay_row.amount / t_paid_fx
                        * (t_rev_fx - pay_row.fxrate)) > 0.005 THEN
                   INSERT INTO acc_trans (trans_id, chart_id, amount,
                                          transdate, source, memo, approved,
                                          voucher_id)
                      VALUES
                         (pay_row.trans_id,
                          case when pay_row.fxrate > t_rev_fx
                                  THEN t_fxloss_id ELSE t_fxgain_id END,
                          pay_row.amount / t_paid_fx
                              * (t_rev_fx - pay_row.fxrate),
                          in_date_reversed, in_source,
                          'Reversing ' || COALESCE(in_source, ''),
                          case when in_batch_id is not null then false
                               else true end, t_voucher_id);
                END IF;

        END LOOP;
        RETURN 1;
END;
$$;


--
-- Name: FUNCTION payment__reverse(in_source text, in_date_paid date, in_credit_id integer, in_cash_accno text, in_date_reversed date, in_account_class integer, in_batch_id integer, in_voucher_id integer, in_exchangerate numeric, in_currency character); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment__reverse(in_source text, in_date_paid date, in_credit_id integer, in_cash_accno text, in_date_reversed date, in_account_class integer, in_batch_id integer, in_voucher_id integer, in_exchangerate numeric, in_currency character) IS '
Reverses a payment.  All fields are mandatory except batch_id and voucher_id
because they determine the identity of the payment to be reversed.
';


--
-- Name: payment__search(text, date, date, integer, text, integer, character, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment__search(in_source text, in_from_date date, in_to_date date, in_credit_id integer, in_cash_accno text, in_entity_class integer, in_currency character, in_meta_number text) RETURNS SETOF public.payment_record
    LANGUAGE sql
    AS $$
                select sum(CASE WHEN c.entity_class = 1 then a.amount
                                ELSE a.amount * -1 END), c.meta_number,
                        c.id, e.name as legal_name,
                        compound_array(ARRAY[ARRAY[ch.id::text, ch.accno,
                                ch.description]]), a.source,
                        b.control_code, b.description, a.voucher_id, a.transdate
                FROM entity_credit_account c
                JOIN ( select entity_credit_account, id, curr, approved
                        FROM ar WHERE in_entity_class = 2
                        UNION
                        SELECT entity_credit_account, id, curr, approved
                        FROM ap WHERE in_entity_class = 1
                        ) arap ON (arap.entity_credit_account = c.id)
                JOIN acc_trans a ON (arap.id = a.trans_id)
                JOIN account ch ON (ch.id = a.chart_id)
                JOIN entity e ON (c.entity_id = e.id)
                LEFT JOIN voucher v ON (v.id = a.voucher_id)
                LEFT JOIN batch b ON (b.id = v.batch_id)
                WHERE ((ch.accno = in_cash_accno
                        OR (in_cash_accno IS NULL
                            AND ch.id IN (select account_id
                                            FROM account_link
                                           WHERE description IN('AR_paid',
                                                                'AP_paid')))))
                      AND (in_currency IS NULL OR in_currency = arap.curr)
                      AND (c.id = in_credit_id OR in_credit_id IS NULL)
                      AND (a.transdate >= in_from_date
                              OR in_from_date IS NULL)
                      AND (a.transdate <= in_to_date OR in_to_date IS NULL)
                      AND (source = in_source OR in_source IS NULL)
                      AND arap.approved AND a.approved
                      AND (c.meta_number = in_meta_number
                              OR in_meta_number IS NULL)
                GROUP BY c.meta_number, c.id, e.name, a.transdate,
                        a.source, a.memo, b.id, b.control_code, b.description,
                        voucher_id
                ORDER BY a.transdate, c.meta_number, a.source;
$$;


--
-- Name: FUNCTION payment__search(in_source text, in_from_date date, in_to_date date, in_credit_id integer, in_cash_accno text, in_entity_class integer, in_currency character, in_meta_number text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment__search(in_source text, in_from_date date, in_to_date date, in_credit_id integer, in_cash_accno text, in_entity_class integer, in_currency character, in_meta_number text) IS 'This searches for payments.  in_date_to and _date_from specify the acceptable
date range.  All other matches are exact except that null matches all values.

Currently (and to support earlier data) we define a payment as a collection of
acc_trans records against the same credit account and cash account, on the same
day with the same source number, and optionally the same voucher id.';


--
-- Name: payment_bulk_post(numeric[], integer, text, numeric, text, text, date, integer, numeric, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_bulk_post(in_transactions numeric[], in_batch_id integer, in_source text, in_total numeric, in_ar_ap_accno text, in_cash_accno text, in_payment_date date, in_account_class integer, in_exchangerate numeric, in_currency text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
        out_count int;
        t_voucher_id int;
        t_trans_id int;
        t_amount numeric;
        t_ar_ap_id int;
        t_cash_id int;
        t_currs text[];
        t_exchangerate numeric;
        t_cash_sign int;
        t_batch batch;
BEGIN

        SELECT * INTO t_exchangerate FROM currency_get_exchangerate(
              in_currency, in_payment_date, in_account_class);

        IF in_batch_id IS NULL THEN
                -- t_voucher_id := NULL;
                RAISE EXCEPTION 'Bulk Post Must be from Batch!';
        ELSE
                SELECT * INTO t_batch FROM batch WHERE in_batch_id = id;
                IF t_batch.approved_by IS NOT NULL THEN
                    RAISE EXCEPTION 'Approved Batch';
                ELSIF t_batch.locked_by IS NOT NULL THEN
                    PERFORM * FROM session
                       JOIN users ON (session.users_id = users.id)
                      WHERE session_id = t_batch.locked_by
                            AND users.username = SESSION_USER;

                    IF NOT FOUND THEN
                        -- locked by someone else
                        RAISE EXCEPTION 'batch locked by %, I am %', t_batch.locked_by, session_user;
                    END IF;
                END IF;
                INSERT INTO voucher (batch_id, batch_class, trans_id)
                values (in_batch_id,
                (SELECT batch_class_id FROM batch WHERE id = in_batch_id),
                in_transactions[1][1]);

                t_voucher_id := currval('voucher_id_seq');
        END IF;

        SELECT string_to_array(value, ':') into t_currs
          from defaults
         where setting_key = 'curr';

        IF (in_currency IS NULL OR in_currency = t_currs[1]) THEN
                t_exchangerate := 1;
        ELSIF t_exchangerate IS NULL THEN
                t_exchangerate := in_exchangerate;
                PERFORM payments_set_exchangerate(in_account_class,
                                                  in_exchangerate,
                                                  in_currency,
                                                  in_payment_date);
        ELSIF t_exchangerate <> in_exchangerate THEN
                RAISE EXCEPTION 'Exchange rate different than on file';
        END IF;
        IF t_exchangerate IS NULL THEN
            RAISE EXCEPTION 'No exchangerate provided and not default currency';
        END IF;

        CREATE TEMPORARY TABLE bulk_payments_in
           (id int, amount numeric, fxrate numeric, gain_loss_accno int);

        select id into t_ar_ap_id from account where accno = in_ar_ap_accno;
        select id into t_cash_id from account where accno = in_cash_accno;

        FOR out_count IN
                        array_lower(in_transactions, 1) ..
                        array_upper(in_transactions, 1)
        LOOP
            -- Fill the bulk payments table
            INSERT INTO bulk_payments_in(id, amount)
            VALUES (in_transactions[out_count][1],
                    in_transactions[out_count][2]);
        END LOOP;

        IF in_account_class = 1 THEN
            t_cash_sign := 1;
        ELSE
            t_cash_sign := -1;
        END IF;

        IF (in_currency IS NULL OR in_currency = t_currs[1]) THEN
            UPDATE bulk_payments_in
               SET fxrate = 1;
        ELSE
            UPDATE bulk_payments_in
               SET fxrate =
                (SELECT CASE WHEN in_account_class = 1 THEN sell
                             ELSE buy
                        END
                   FROM exchangerate e
                   JOIN (SELECT transdate, id, curr FROM ar
                         UNION
                         SELECT transdate, id, curr FROM ap) a
                     ON (e.transdate = a.transdate
                         AND e.curr = a.curr)
                   WHERE a.id = bulk_payments_in.id);
            UPDATE bulk_payments_in
               SET gain_loss_accno =
                (SELECT value::int FROM defaults
                  WHERE setting_key = 'fxgain_accno_id')
             WHERE ((t_exchangerate - bulk_payments_in.fxrate) * t_cash_sign) < 0;
            UPDATE bulk_payments_in
               SET gain_loss_accno = (SELECT value::int FROM defaults
                  WHERE setting_key = 'fxloss_accno_id')
             WHERE ((t_exchangerate - bulk_payments_in.fxrate) * t_cash_sign) > 0;
            -- explicitly leave zero gain/loss accno_id entries at NULL
            -- so we have an easy check for which
        END IF;

        -- Insert cash side
        INSERT INTO acc_trans
             (trans_id, chart_id, amount, approved,
              voucher_id, transdate, source)
           SELECT id, t_cash_id, amount * t_cash_sign * t_exchangerate/fxrate,
                  CASE WHEN t_voucher_id IS NULL THEN true
                       ELSE false END,
                  t_voucher_id, in_payment_date, in_source
             FROM bulk_payments_in  where amount <> 0;

        -- early payment discounts
        IF t_cash_sign IS NULL THEN
             raise exception 't_cash_sign is null';
        ELSIF t_exchangerate IS NULL THEN
             raise exception 't_exchangerate is null';
        END IF;
        INSERT INTO acc_trans
               (trans_id, chart_id, amount, approved,
               voucher_id, transdate, source)
        SELECT bpi.id, eca.discount_account_id,
               amount * t_cash_sign * t_exchangerate/fxrate
               / (1 - discount::numeric/100)
               * (discount::numeric/100),
               CASE WHEN t_voucher_id IS NULL THEN true
                       ELSE false END,
               t_voucher_id, in_payment_date, in_source
          FROM bulk_payments_in bpi
          JOIN (select entity_credit_account, id, transdate FROM ar
                 WHERE in_account_class = 2
                 UNION
                SELECT entity_credit_account, id, transdate FROM ap
                 WHERE in_account_class = 1) gl ON gl.id = bpi.id
          JOIN entity_credit_account eca ON gl.entity_credit_account = eca.id
         WHERE bpi.amount <> 0
               AND extract('days' from age(gl.transdate)) < eca.discount_terms
               and eca.discount_terms is not null AND discount IS NOT NULL
               AND eca.discount_account_id IS NOT NULL;

        INSERT INTO acc_trans
               (trans_id, chart_id, amount, approved,
               voucher_id, transdate, source)
        SELECT bpi.id, t_ar_ap_id,
               amount * t_cash_sign * -1 * t_exchangerate/fxrate
               / (1 - discount::numeric/100)
               * (discount::numeric/100),
               CASE WHEN t_voucher_id IS NULL THEN true
                       ELSE false END,
               t_voucher_id, in_payment_date, in_source
          FROM bulk_payments_in bpi
          JOIN (select entity_credit_account, id, transdate FROM ar
                 WHERE in_account_class = 2
                 UNION
                SELECT entity_credit_account, id, transdate FROM ap
                 WHERE in_account_class = 1) gl ON gl.id = bpi.id
          JOIN entity_credit_account eca ON gl.entity_credit_account = eca.id
         WHERE bpi.amount <> 0
               AND extract('days' from age(gl.transdate)) < eca.discount_terms
               AND eca.discount_terms IS NOT NULL AND discount IS NOT NULL
               AND eca.discount_account_id IS NOT NULL;

        -- Insert ar/ap side
        INSERT INTO acc_trans
             (trans_id, chart_id, amount, approved,
              voucher_id, transdate, source)
           SELECT id, t_ar_ap_id,
                  amount * -1 * t_cash_sign,
                  CASE WHEN t_voucher_id IS NULL THEN true
                       ELSE false END,
                  t_voucher_id, in_payment_date, in_source
             FROM bulk_payments_in where amount <> 0;

        -- Insert fx gain/loss effects, if applicable
        INSERT INTO acc_trans
             (trans_id, chart_id, amount, approved,
              voucher_id, transdate, source)
           SELECT id, gain_loss_accno,
                  amount * t_cash_sign * (1 - t_exchangerate/fxrate),
                  CASE WHEN t_voucher_id IS NULL THEN true
                       ELSE false END,
                  t_voucher_id, in_payment_date, in_source
             FROM bulk_payments_in
            WHERE amount <> 0 AND gain_loss_accno IS NOT NULL;

        DROP TABLE bulk_payments_in;
        perform unlock_all();
        return out_count;
END;
$$;


--
-- Name: FUNCTION payment_bulk_post(in_transactions numeric[], in_batch_id integer, in_source text, in_total numeric, in_ar_ap_accno text, in_cash_accno text, in_payment_date date, in_account_class integer, in_exchangerate numeric, in_currency text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_bulk_post(in_transactions numeric[], in_batch_id integer, in_source text, in_total numeric, in_ar_ap_accno text, in_cash_accno text, in_payment_date date, in_account_class integer, in_exchangerate numeric, in_currency text) IS ' This posts the payments for large batch workflows.

Note that in_transactions is a two-dimensional numeric array.  Of each
sub-array, the first element is the (integer) transaction id, and the second
is the amount for that transaction.  ';


--
-- Name: payment_gather_header_info(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_gather_header_info(in_account_class integer, in_payment_id integer) RETURNS SETOF public.payment_header_item
    LANGUAGE sql
    AS $$
   SELECT p.id as payment_id, p.reference as payment_reference, p.payment_date,
          c.legal_name as legal_name, am.amount as amount, em.first_name, em.last_name, p.currency, p.notes
   FROM payment p
   JOIN entity_employee ent_em ON (ent_em.entity_id = p.employee_id)
   JOIN person em ON (ent_em.entity_id = em.entity_id)
   JOIN entity_credit_account eca ON (eca.id = p.entity_credit_id)
   JOIN company c ON   (c.entity_id  = eca.entity_id)
   JOIN payment_links pl ON (p.id = pl.payment_id)
   LEFT JOIN (  SELECT sum(a.amount) as amount
                FROM acc_trans a
                JOIN account acc ON (a.chart_id = acc.id)
                JOIN account_link al ON (acc.id =al.account_id)
                JOIN payment_links pl ON (pl.entry_id=a.entry_id)
                WHERE al.description in
                       ('AP_paid', 'AP_discount', 'AR_paid', 'AR_discount')
                       and ((in_account_class = 1 AND al.description like 'AP%')
                       or (in_account_class = 2 AND al.description like 'AR%'))
             ) am ON (true)
   WHERE p.id = in_payment_id;
 $$;


--
-- Name: FUNCTION payment_gather_header_info(in_account_class integer, in_payment_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_gather_header_info(in_account_class integer, in_payment_id integer) IS ' This function finds a payment based on the id and retrieves the record,
it is usefull for printing payments :) ';


--
-- Name: payment_gather_line_info(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_gather_line_info(in_account_class integer, in_payment_id integer) RETURNS SETOF public.payment_line_item
    LANGUAGE sql
    AS $$
     SELECT pl.payment_id, ac.entry_id, pl.type as link_type, ac.trans_id, a.invnumber as invoice_number,
     ac.chart_id, ch.accno as chart_accno, ch.description as chart_description,
     ac.amount,  ac.transdate as trans_date, ac.source, ac.cleared, ac.fx_transaction,
     ac.memo, ac.invoice_id, ac.approved, ac.cleared_on, ac.reconciled_on
     FROM acc_trans ac
     JOIN payment_links pl ON (pl.entry_id = ac.entry_id )
     JOIN account ch ON (ch.id = ac.chart_id)
     LEFT JOIN (SELECT id,invnumber
                 FROM ar WHERE in_account_class = 2
                 UNION
                 SELECT id,invnumber
                 FROM ap WHERE in_account_class = 1
                ) a ON (ac.trans_id = a.id)
     WHERE pl.payment_id = in_payment_id;
 $$;


--
-- Name: FUNCTION payment_gather_line_info(in_account_class integer, in_payment_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_gather_line_info(in_account_class integer, in_payment_id integer) IS ' This function finds a payment based on the id and retrieves all the line records,
it is usefull for printing payments and build reports :) ';


--
-- Name: payment_get_all_accounts(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_all_accounts(in_account_class integer) RETURNS SETOF public.payment_open_account
    LANGUAGE sql
    AS $$
                SELECT  ec.id,
                        e.name, ec.entity_class
                FROM entity e
                JOIN entity_credit_account ec ON (ec.entity_id = e.id)
                                WHERE e.entity_class = in_account_class
$$;


--
-- Name: FUNCTION payment_get_all_accounts(in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_all_accounts(in_account_class integer) IS ' This function takes a single argument (1 for vendor, 2 for customer as
always) and returns all entities with accounts of the appropriate type. ';


--
-- Name: payment_get_all_contact_invoices(integer, integer, character, date, date, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_all_contact_invoices(in_account_class integer, in_business_id integer, in_currency character, in_date_from date, in_date_to date, in_batch_id integer, in_ar_ap_accno text, in_meta_number text) RETURNS SETOF public.payment_contact_invoice
    LANGUAGE sql
    AS $$
                  SELECT c.id AS contact_id, e.control_code as econtrol_code,
                        c.description as eca_description,
                        e.name AS contact_name,
                         c.meta_number AS account_number,
                         sum( case when u.username IS NULL or
                                       u.username = SESSION_USER
                             THEN
                              coalesce(p.due::numeric, 0) -
                              CASE WHEN c.discount_terms
                                        > extract('days' FROM age(a.transdate))
                                   THEN 0
                                   ELSE (coalesce(p.due::numeric, 0)) *
                                        coalesce(c.discount::numeric, 0) / 100
                              END
                             ELSE 0::numeric
                             END) AS total_due,
                         compound_array(ARRAY[[
                              a.id::text, a.invnumber, a.transdate::text,
                              a.amount::text, (a.amount - p.due)::text,
                              (CASE WHEN c.discount_terms
                                        < extract('days' FROM age(a.transdate))
                                   THEN 0
                                   ELSE (coalesce(p.due, 0) * coalesce(c.discount, 0) / 100)
                              END)::text,
                              (coalesce(p.due, 0) -
                              (CASE WHEN c.discount_terms
                                        < extract('days' FROM age(a.transdate))
                                   THEN 0
                                   ELSE (coalesce(p.due, 0)) * coalesce(c.discount, 0) / 100
                              END))::text,
                                case when u.username IS NOT NULL
                                          and u.username <> SESSION_USER
                                     THEN 0::text
                                     ELSE 1::text
                                END,
                                COALESCE(u.username, 0::text)
                                ]]),
                              sum(case when a.batch_id = in_batch_id then 1
                                  else 0 END),
                              bool_and(lock_record(a.id, (select max(session_id)
                                FROM "session" where users_id = (
                                        select id from users WHERE username =
                                        SESSION_USER))))

                    FROM entity e
                    JOIN entity_credit_account c ON (e.id = c.entity_id)
                    JOIN (SELECT ap.id, invnumber, transdate, amount, entity_id,
                                 curr, 1 as invoice_class,
                                 entity_credit_account, on_hold, v.batch_id,
                                 approved
                            FROM ap
                       LEFT JOIN (select * from voucher where batch_class = 1) v
                                 ON (ap.id = v.trans_id)
                           WHERE in_account_class = 1
                                 AND (v.batch_class = 1 or v.batch_id IS NULL)
                           UNION
                          SELECT ar.id, invnumber, transdate, amount, entity_id,
                                 curr, 2 as invoice_class,
                                 entity_credit_account, on_hold, v.batch_id,
                                 approved
                            FROM ar
                       LEFT JOIN (select * from voucher where batch_class = 2) v
                                 ON (ar.id = v.trans_id)
                           WHERE in_account_class = 2
                                 AND (v.batch_class = 2 or v.batch_id IS NULL)
                        ORDER BY transdate
                         ) a ON (a.entity_credit_account = c.id)
                    JOIN transactions t ON (a.id = t.id)
                    JOIN (SELECT acc_trans.trans_id,
                                 sum(CASE WHEN in_account_class = 1 THEN amount
                                          WHEN in_account_class = 2
                                          THEN amount * -1
                                     END) AS due
                            FROM acc_trans
                            JOIN account coa ON (coa.id = acc_trans.chart_id)
                            JOIN account_link al ON (al.account_id = coa.id)
                       LEFT JOIN voucher v ON (acc_trans.voucher_id = v.id)
                           WHERE ((al.description = 'AP' AND in_account_class = 1)
                                 OR (al.description = 'AR' AND in_account_class = 2))
                           AND (approved IS TRUE or v.batch_class IN (3, 6))
                        GROUP BY acc_trans.trans_id) p ON (a.id = p.trans_id)
                LEFT JOIN "session" s ON (s."session_id" = t.locked_by)
                LEFT JOIN users u ON (u.id = s.users_id)
                   WHERE (a.batch_id = in_batch_id
                          OR (a.invoice_class = in_account_class
                             AND a.approved
                         AND due <> 0
                         AND NOT a.on_hold
                         AND a.curr = in_currency
                         AND EXISTS (select trans_id FROM acc_trans
                                      WHERE trans_id = a.id AND
                                            chart_id = (SELECT id from account
                                                         WHERE accno
                                                               = in_ar_ap_accno)
                                    )))
                         AND (in_meta_number IS NULL OR
                             in_meta_number = c.meta_number)
                GROUP BY c.id, e.name, c.meta_number, c.threshold,
                        e.control_code, c.description
                  HAVING  c.threshold is null or (sum(p.due) >= c.threshold
                        OR sum(case when a.batch_id = in_batch_id then 1
                                  else 0 END) > 0)
        ORDER BY c.meta_number ASC;
$$;


--
-- Name: FUNCTION payment_get_all_contact_invoices(in_account_class integer, in_business_id integer, in_currency character, in_date_from date, in_date_to date, in_batch_id integer, in_ar_ap_accno text, in_meta_number text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_all_contact_invoices(in_account_class integer, in_business_id integer, in_currency character, in_date_from date, in_date_to date, in_batch_id integer, in_ar_ap_accno text, in_meta_number text) IS '
This function takes the following arguments (all prefaced with in_ in the db):
account_class: 1 for vendor, 2 for customer
business_type: integer of business.id.
currency: char(3) of currency (for example ''USD'')
date_from, date_to:  These dates are inclusive.
batch_id:  For payment batches, where fees are concerned.
ar_ap_accno:  The AR/AP account number.

This then returns a set of contact information with a 2 dimensional array
cnsisting of outstanding invoices.

Note that the payment selection logic is that this returns all invoices which are
either approved or in the batch_id specified.  It also locks the invoices using
the LedgerSMB discretionary locking framework, and if not possible, returns the
username of the individual who has the lock.
';


--
-- Name: payment_get_available_overpayment_amount(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_available_overpayment_amount(in_account_class integer, in_entity_credit_id integer) RETURNS SETOF public.payment_overpayments_available_amount
    LANGUAGE sql
    AS $$
              SELECT chart_id, accno,   chart_description, available
              FROM overpayments
              WHERE payment_class  = in_account_class
              AND entity_credit_id = in_entity_credit_id
              AND available <> 0;
$$;


--
-- Name: payment_get_entity_account_payment_info(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_entity_account_payment_info(in_entity_credit_id integer) RETURNS public.payment_vc_info
    LANGUAGE sql
    AS $_$
 SELECT ec.id, coalesce(ec.pay_to_name, cp.legal_name ||
        coalesce(':' || ec.description,'')) as name,
        e.entity_class, ec.discount_account_id, ec.meta_number
 FROM entity_credit_account ec
 JOIN entity e ON (ec.entity_id = e.id)
 JOIN company cp ON (cp.entity_id = e.id)
 WHERE ec.id = $1;
$_$;


--
-- Name: FUNCTION payment_get_entity_account_payment_info(in_entity_credit_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_entity_account_payment_info(in_entity_credit_id integer) IS ' Returns payment information on the entity credit account as
  required to for discount calculations and payment processing. ';


--
-- Name: payment_get_entity_accounts(integer, text, text, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_entity_accounts(in_account_class integer, in_vc_name text, in_vc_idn text, in_datefrom date, in_dateto date) RETURNS SETOF public.payment_vc_info
    LANGUAGE sql
    AS $$
              SELECT ec.id, coalesce(ec.pay_to_name, e.name ||
                     coalesce(':' || ec.description,'')) as name,
                     e.entity_class, ec.discount_account_id, ec.meta_number
                FROM entity_credit_account ec
                JOIN entity e ON (ec.entity_id = e.id)
                WHERE ec.entity_class = in_account_class
                AND (e.name ilike coalesce('%'||in_vc_name||'%','%%')
                    OR EXISTS (select 1 FROM company
                                WHERE entity_id = e.id AND tax_id = in_vc_idn))
                AND (coalesce(ec.enddate, now()::date)
                     >= coalesce(in_datefrom, now()::date))
                AND (coalesce(ec.startdate, now()::date)
                     <= coalesce(in_dateto, now()::date))
 $$;


--
-- Name: FUNCTION payment_get_entity_accounts(in_account_class integer, in_vc_name text, in_vc_idn text, in_datefrom date, in_dateto date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_entity_accounts(in_account_class integer, in_vc_name text, in_vc_idn text, in_datefrom date, in_dateto date) IS ' Returns a minimal set of information about customer or vendor accounts
as needed for discount calculations and the like.';


--
-- Name: payment_get_open_accounts(integer, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_open_accounts(in_account_class integer, in_datefrom date, in_dateto date) RETURNS SETOF public.payment_open_account
    LANGUAGE sql
    AS $$
                SELECT ec.id, e.name, ec.entity_class
                FROM entity e
                JOIN entity_credit_account ec ON (ec.entity_id = e.id)
                        WHERE ec.entity_class = in_account_class
                        AND (coalesce(ec.enddate, now()::date)
                             <= coalesce(in_dateto, now()::date))
                        AND (coalesce(ec.startdate, now()::date)
                             >= coalesce(in_datefrom, now()::date))
                        AND CASE WHEN in_account_class = 1 THEN
                                ec.id IN
                                (SELECT entity_credit_account
                                   FROM acc_trans
                                   JOIN account_link l ON (acc_trans.chart_id = l.account_id)
                                   JOIN ap ON (acc_trans.trans_id = ap.id)
                                   WHERE l.description = 'AP'
                                   GROUP BY chart_id,
                                         trans_id, entity_credit_account
                                   HAVING SUM(acc_trans.amount) <> 0)
                               WHEN in_account_class = 2 THEN
                                ec.id IN (SELECT entity_credit_account
                                   FROM acc_trans
                                   JOIN account_link l ON (acc_trans.chart_id = l.account_id)
                                   JOIN ar ON (acc_trans.trans_id = ar.id)
                                   WHERE l.description = 'AR'
                                   GROUP BY chart_id,
                                         trans_id, entity_credit_account
                                   HAVING SUM(acc_trans.amount) <> 0)
                          END;
$$;


--
-- Name: FUNCTION payment_get_open_accounts(in_account_class integer, in_datefrom date, in_dateto date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_open_accounts(in_account_class integer, in_datefrom date, in_dateto date) IS ' This function takes a single argument (1 for vendor, 2 for customer as
always) and returns all entities with open accounts of the appropriate type. ';


--
-- Name: payment_get_open_invoice(integer, integer, character, date, date, numeric, numeric, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_open_invoice(in_account_class integer, in_entity_credit_id integer, in_curr character, in_datefrom date, in_dateto date, in_amountfrom numeric, in_amountto numeric, in_invnumber text) RETURNS SETOF public.payment_invoice
    LANGUAGE sql
    AS $$
                SELECT * from payment_get_open_invoices(in_account_class, in_entity_credit_id, in_curr, in_datefrom, in_dateto, in_amountfrom,
                in_amountto)
                WHERE (invnumber like in_invnumber OR in_invnumber IS NULL);

$$;


--
-- Name: FUNCTION payment_get_open_invoice(in_account_class integer, in_entity_credit_id integer, in_curr character, in_datefrom date, in_dateto date, in_amountfrom numeric, in_amountto numeric, in_invnumber text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_open_invoice(in_account_class integer, in_entity_credit_id integer, in_curr character, in_datefrom date, in_dateto date, in_amountfrom numeric, in_amountto numeric, in_invnumber text) IS '
This function is based on payment_get_open_invoices and returns only one invoice if the in_invnumber is set.
if no in_invnumber is passed this function behaves the same as payment_get_open_invoices
';


--
-- Name: payment_get_open_invoices(integer, integer, character, date, date, numeric, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_open_invoices(in_account_class integer, in_entity_credit_id integer, in_curr character, in_datefrom date, in_dateto date, in_amountfrom numeric, in_amountto numeric) RETURNS SETOF public.payment_invoice
    LANGUAGE sql
    AS $$
                SELECT a.id AS invoice_id, a.invnumber AS invnumber,a.invoice AS invoice,
                       a.transdate AS invoice_date, a.amount AS amount,
                       a.amount/
                       (CASE WHEN a.curr = (SELECT * from defaults_get_defaultcurrency())
                         THEN 1
                        ELSE
                        (CASE WHEN in_account_class = 2
                              THEN ex.buy
                              ELSE ex.sell END)
                        END) as amount_fx,
                       (CASE WHEN c.discount_terms < extract('days' FROM age(a.transdate))
                        THEN 0
                        ELSE (coalesce(ac.due, a.amount)) * coalesce(c.discount, 0) / 100
                        END) AS discount,
                        (CASE WHEN c.discount_terms < extract('days' FROM age(a.transdate))
                        THEN 0
                        ELSE (coalesce(ac.due, a.amount)) * coalesce(c.discount, 0) / 100
                        END)/
                        (CASE WHEN a.curr = (SELECT * from defaults_get_defaultcurrency())
                         THEN 1
                        ELSE
                        (CASE WHEN in_account_class = 2
                              THEN ex.buy
                              ELSE ex.sell END)
                        END) as discount_fx,
                        ac.due - (CASE WHEN c.discount_terms < extract('days' FROM age(a.transdate))
                        THEN 0
                        ELSE (coalesce(ac.due, a.amount)) * coalesce(c.discount, 0) / 100
                        END) AS due,
                        (ac.due - (CASE WHEN c.discount_terms < extract('days' FROM age(a.transdate))
                        THEN 0
                        ELSE (coalesce(ac.due, a.amount)) * coalesce(c.discount, 0) / 100
                        END))/
                        (CASE WHEN a.curr = (SELECT * from defaults_get_defaultcurrency())
                         THEN 1
                         ELSE
                         (CASE WHEN in_account_class = 2
                              THEN ex.buy
                              ELSE ex.sell END)
                         END) AS due_fx,
                        (CASE WHEN a.curr = (SELECT * from defaults_get_defaultcurrency())
                         THEN 1
                         ELSE
                        (CASE WHEN in_account_class = 2
                         THEN ex.buy
                         ELSE ex.sell END)
                         END) AS exchangerate
                 --TODO HV prepare drop entity_id from ap,ar
                 --FROM  (SELECT id, invnumber, transdate, amount, entity_id,
                 FROM  (SELECT id, invnumber, invoice, transdate, amount,
                               1 as invoice_class, curr,
                               entity_credit_account, approved
                          FROM ap
                         UNION
                         --SELECT id, invnumber, transdate, amount, entity_id,
                         SELECT id, invnumber, invoice, transdate, amount,
                               2 AS invoice_class, curr,
                               entity_credit_account, approved
                         FROM ar
                         ) a
                JOIN (SELECT trans_id, chart_id, sum(CASE WHEN in_account_class = 1 THEN amount
                                                  WHEN in_account_class = 2
                                             THEN amount * -1
                                             END) as due
                        FROM acc_trans
                        GROUP BY trans_id, chart_id) ac ON (ac.trans_id = a.id)
                        JOIN account_link l ON (l.account_id = ac.chart_id)
                        LEFT JOIN exchangerate ex ON ( ex.transdate = a.transdate AND ex.curr = a.curr )
                        JOIN entity_credit_account c ON (c.id = a.entity_credit_account)
                --        OR (a.entity_credit_account IS NULL and a.entity_id = c.entity_id))
                        WHERE ((l.description = 'AP' AND in_account_class = 1)
                              OR (l.description = 'AR' AND in_account_class = 2))
                        AND a.invoice_class = in_account_class
                        AND c.entity_class = in_account_class
                        AND c.id = in_entity_credit_id
                        --### short term: ignore fractional cent differences
                        AND a.curr = in_curr
                        AND (a.transdate >= in_datefrom
                             OR in_datefrom IS NULL)
                        AND (a.transdate <= in_dateto
                             OR in_dateto IS NULL)
                        AND (a.amount >= in_amountfrom
                             OR in_amountfrom IS NULL)
                        AND (a.amount <= in_amountto
                             OR in_amountto IS NULL)
                        AND due <> 0
                        AND a.approved = true
                        GROUP BY a.invnumber, a.transdate, a.amount, amount_fx, discount, discount_fx, ac.due, a.id, c.discount_terms, ex.buy, ex.sell, a.curr, a.invoice;
$$;


--
-- Name: FUNCTION payment_get_open_invoices(in_account_class integer, in_entity_credit_id integer, in_curr character, in_datefrom date, in_dateto date, in_amountfrom numeric, in_amountto numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_open_invoices(in_account_class integer, in_entity_credit_id integer, in_curr character, in_datefrom date, in_dateto date, in_amountfrom numeric, in_amountto numeric) IS ' This function is the base for get_open_invoice and returns all open invoices for the entity_credit_id
it has a lot of options to enable filtering and use the same logic for entity_class_id and currency. ';


--
-- Name: payment_get_open_overpayment_entities(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_open_overpayment_entities(in_account_class integer) RETURNS SETOF public.payment_vc_info
    LANGUAGE sql
    AS $$
                SELECT DISTINCT entity_credit_id, legal_name, e.entity_class, null::int, o.meta_number
                FROM overpayments o
                JOIN entity e ON (e.id=o.entity_id)
                WHERE available <> 0 AND in_account_class = payment_class;
$$;


--
-- Name: acc_trans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.acc_trans (
    trans_id integer NOT NULL,
    chart_id integer NOT NULL,
    amount numeric NOT NULL,
    transdate date DEFAULT CURRENT_DATE,
    source text,
    cleared boolean DEFAULT false,
    fx_transaction boolean DEFAULT false,
    memo text,
    invoice_id integer,
    approved boolean DEFAULT true,
    cleared_on date,
    reconciled_on date,
    voucher_id integer,
    entry_id integer NOT NULL
);


--
-- Name: TABLE acc_trans; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.acc_trans IS 'This table stores line items for financial transactions.  Please note that
payments in 1.3 are not full-fledged transactions.';


--
-- Name: COLUMN acc_trans.source; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.acc_trans.source IS 'Document Source identifier for individual line items, usually used
for payments.';


--
-- Name: COLUMN acc_trans.fx_transaction; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.acc_trans.fx_transaction IS 'When ''f'', indicates that the amount column states the amount in the currency
as specified in the associated ar, ap, payment or gl record.

When ''t'', indicates that the amount column states the difference between
the foreighn currency amount and the base amount so that their sum equals the
base amount.';


--
-- Name: account_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_link (
    account_id integer NOT NULL,
    description text NOT NULL
);


--
-- Name: payment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment (
    id integer NOT NULL,
    reference text NOT NULL,
    gl_id integer,
    payment_class integer NOT NULL,
    payment_date date DEFAULT CURRENT_DATE,
    closed boolean DEFAULT false,
    entity_credit_id integer,
    employee_id integer,
    currency character(3),
    notes text
);


--
-- Name: TABLE payment; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.payment IS ' This table will store the main data on a payment, prepayment, overpayment, et';


--
-- Name: COLUMN payment.reference; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.payment.reference IS ' This field will store the code for both receipts and payment order  ';


--
-- Name: COLUMN payment.gl_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.payment.gl_id IS ' A payment should always be linked to a GL movement ';


--
-- Name: COLUMN payment.closed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.payment.closed IS ' This will store the current state of a payment/receipt order ';


--
-- Name: payment_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_links (
    payment_id integer,
    entry_id integer,
    type integer
);


--
-- Name: TABLE payment_links; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.payment_links IS '
 An explanation to the type field.
 * A type 0 means the link is referencing an ar/ap  and was created
   using an overpayment movement after the receipt was created
 * A type 1 means the link is referencing an ar/ap and  was made
   on the payment creation, its not the product of an overpayment movement
 * A type 2 means the link is not referencing an ar/ap and its the product
   of the overpayment logic

 With this ideas in order we can do the following

 To get the payment amount we will sum the entries with type > 0.
 To get the linked amount we will sum the entries with type < 2.
 The overpayment account can be obtained from the entries with type = 2.

 This reasoning is hacky and i hope it can dissapear when we get to 1.4 - D.M.
';


--
-- Name: overpayments; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.overpayments AS
 SELECT p.id AS payment_id,
    p.reference AS payment_reference,
    p.payment_class,
    p.closed AS payment_closed,
    p.payment_date,
    ac.chart_id,
    c.accno,
    c.description AS chart_description,
    (sum(ac.amount) * (
        CASE
            WHEN (eca.entity_class = 1) THEN '-1'::integer
            ELSE 1
        END)::numeric) AS available,
    cmp.legal_name,
    eca.id AS entity_credit_id,
    eca.entity_id,
    eca.discount,
    eca.meta_number
   FROM ((((((public.payment p
     JOIN public.payment_links pl ON ((pl.payment_id = p.id)))
     JOIN public.acc_trans ac ON ((ac.entry_id = pl.entry_id)))
     JOIN public.account c ON ((c.id = ac.chart_id)))
     JOIN public.account_link l ON ((l.account_id = c.id)))
     JOIN public.entity_credit_account eca ON ((eca.id = p.entity_credit_id)))
     JOIN public.company cmp ON ((cmp.entity_id = eca.entity_id)))
  WHERE ((p.gl_id IS NOT NULL) AND ((pl.type = 2) OR (pl.type = 0)) AND (l.description ~~ '%overpayment'::text))
  GROUP BY p.id, c.accno, p.reference, p.payment_class, p.closed, p.payment_date, ac.chart_id, c.description, cmp.legal_name, eca.id, eca.entity_id, eca.discount, eca.meta_number, eca.entity_class;


--
-- Name: payment_get_unused_overpayment(integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_unused_overpayment(in_account_class integer, in_entity_credit_id integer, in_chart_id integer) RETURNS SETOF public.overpayments
    LANGUAGE sql
    AS $$
              SELECT DISTINCT *
              FROM overpayments
              WHERE payment_class  = in_account_class
              AND entity_credit_id = in_entity_credit_id
              AND available <> 0
              AND (in_chart_id IS NULL OR chart_id = in_chart_id )
              ORDER BY payment_date;
$$;


--
-- Name: FUNCTION payment_get_unused_overpayment(in_account_class integer, in_entity_credit_id integer, in_chart_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_unused_overpayment(in_account_class integer, in_entity_credit_id integer, in_chart_id integer) IS ' Returns a list of available overpayments';


--
-- Name: payment_get_vc_info(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_get_vc_info(in_entity_credit_id integer, in_location_class_id integer) RETURNS SETOF public.payment_location_result
    LANGUAGE sql
    AS $$
                SELECT l.id, l.line_one, l.line_two, l.line_three, l.city,
                       l.state, l.mail_code, c.name, lc.class
                FROM location l
                JOIN entity_to_location ctl ON (ctl.location_id = l.id)
                JOIN entity cp ON (ctl.entity_id = cp.id)
                JOIN location_class lc ON (ctl.location_class = lc.id)
                JOIN country c ON (c.id = l.country_id)
                JOIN entity_credit_account ec ON (ec.entity_id = cp.id)
                WHERE ec.id = in_entity_credit_id AND
                      lc.id = in_location_class_id
                ORDER BY lc.id, l.id, c.name
$$;


--
-- Name: FUNCTION payment_get_vc_info(in_entity_credit_id integer, in_location_class_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_get_vc_info(in_entity_credit_id integer, in_location_class_id integer) IS ' This function returns vendor or customer info ';


--
-- Name: payment_post(date, integer, integer, character, text, text, integer[], numeric[], boolean[], text[], text[], integer[], numeric[], integer[], text[], text[], integer[], integer[], boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_post(in_datepaid date, in_account_class integer, in_entity_credit_id integer, in_curr character, in_notes text, in_gl_description text, in_cash_account_id integer[], in_amount numeric[], in_cash_approved boolean[], in_source text[], in_memo text[], in_transaction_id integer[], in_op_amount numeric[], in_op_cash_account_id integer[], in_op_source text[], in_op_memo text[], in_op_account_id integer[], in_ovp_payment_id integer[], in_approved boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE var_payment_id int;
DECLARE var_gl_id int;
DECLARE var_entry record;
DECLARE var_entry_id int[];
DECLARE out_count int;
DECLARE coa_id record;
DECLARE var_employee int;
DECLARE var_account_id int;
DECLARE default_currency char(3);
DECLARE current_exchangerate numeric;
DECLARE old_exchangerate numeric;
DECLARE fx_gain_loss_amount numeric;
BEGIN
      IF array_upper(in_amount, 1) <> array_upper(in_cash_account_id, 1) THEN
          RAISE EXCEPTION 'Wrong number of accounts';
      END IF;

        SELECT * INTO default_currency  FROM defaults_get_defaultcurrency();
        SELECT * INTO current_exchangerate FROM currency_get_exchangerate(in_curr, in_datepaid, in_account_class);


        SELECT INTO var_employee p.id
        FROM users u
        JOIN person p ON (u.entity_id=p.entity_id)
        WHERE username = SESSION_USER LIMIT 1;
        --
        -- WE HAVE TO INSERT THE PAYMENT, USING THE GL INFORMATION
        -- THE ID IS GENERATED BY payment_id_seq
        --
        INSERT INTO payment (reference, payment_class, payment_date,
                              employee_id, currency, notes, entity_credit_id)
        VALUES ((CASE WHEN in_account_class = 1 THEN
                                        setting_increment('rcptnumber') -- I FOUND THIS ON sql/modules/Settings.sql
                                     ELSE                                               -- and it is very usefull
                                        setting_increment('paynumber')
                                     END),
                 in_account_class, in_datepaid, var_employee,
                 in_curr, in_notes, in_entity_credit_id);
        SELECT currval('payment_id_seq') INTO var_payment_id; -- WE'LL NEED THIS VALUE TO USE payment_link table
        -- WE'LL NEED THIS VALUE TO JOIN WITH PAYMENT
        -- NOW COMES THE HEAVY PART, STORING ALL THE POSSIBLE TRANSACTIONS...
        --
        -- FIRST WE SHOULD INSERT THE CASH ACCOUNTS
        --
        -- WE SHOULD HAVE THE DATA STORED AS (ACCNO, AMOUNT), SO
     IF (array_upper(in_cash_account_id, 1) > 0) THEN
        FOR out_count IN
                        array_lower(in_cash_account_id, 1) ..
                        array_upper(in_cash_account_id, 1)
        LOOP
                INSERT INTO acc_trans (chart_id, amount,
                                       trans_id, transdate, approved, source, memo)
                VALUES (in_cash_account_id[out_count],
                        CASE WHEN in_account_class = 1 THEN in_amount[out_count]
                        ELSE in_amount[out_count]* - 1
                        END,
                        in_transaction_id[out_count], in_datepaid, coalesce(in_approved, true),
                        in_source[out_count], in_memo[out_count]);
                INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 1);
                IF (in_ovp_payment_id IS NOT NULL
                    AND in_ovp_payment_id[out_count] IS NOT NULL) THEN
                   INSERT INTO payment_links
                   VALUES (in_ovp_payment_id[out_count],
                           currval('acc_trans_entry_id_seq'), 0);
                END IF;


                IF current_exchangerate <> 1 THEN
                   INSERT INTO acc_trans (chart_id, amount, fx_transaction,
                                              trans_id, transdate, approved, source, memo)
                    VALUES (in_cash_account_id[out_count],
                        CASE WHEN in_account_class = 1 THEN in_amount[out_count]*(current_exchangerate-1)
                        ELSE in_amount[out_count]*(current_exchangerate-1)* - 1
                        END, 't'::boolean,
                        in_transaction_id[out_count], in_datepaid, coalesce(in_approved, true),
                        in_source[out_count], in_memo[out_count]);
                   INSERT INTO payment_links
                   VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 1);
                   IF (in_ovp_payment_id IS NOT NULL
                       AND in_ovp_payment_id[out_count] IS NOT NULL) THEN
                      INSERT INTO payment_links
                      VALUES (in_ovp_payment_id[out_count],
                              currval('acc_trans_entry_id_seq'), 0);
                   END IF;
                END IF;


        END LOOP;
        -- NOW LETS HANDLE THE AR/AP ACCOUNTS
        -- WE RECEIVED THE TRANSACTIONS_ID AND WE CAN OBTAIN THE ACCOUNT FROM THERE
        FOR out_count IN
                     array_lower(in_transaction_id, 1) ..
                     array_upper(in_transaction_id, 1)
       LOOP
               SELECT INTO var_account_id chart_id FROM acc_trans as ac
                JOIN account_link as l ON (l.account_id = ac.chart_id)
                WHERE
                trans_id = in_transaction_id[out_count] AND
                ( l.description in ('AR', 'AP'));
        -- We need to know the exchangerate of this transaction
        -- ### BUG: we don't have a guarantee that the transaction is
        --          the same currency as in_curr, so, we can't use
        --          current_exchangerate as the basis for fx gain/loss
        --          calculations
        IF (in_curr = default_currency) THEN
           old_exchangerate := 1;
        ELSIF (in_account_class = 2) THEN
           SELECT buy INTO old_exchangerate
           FROM exchangerate e
           JOIN ar a ON (a.transdate = e.transdate)
                        AND (a.curr = e.curr)
           WHERE a.id = in_transaction_id[out_count];
        ELSE
           SELECT sell INTO old_exchangerate
           FROM exchangerate e
           JOIN ap a ON (a.transdate = e.transdate)
                        AND (a.curr = e.curr)
           WHERE a.id = in_transaction_id[out_count];
        END IF;
        -- Now we post the AP/AR transaction
        INSERT INTO acc_trans (chart_id, amount,
                                trans_id, transdate, approved, source, memo)
                VALUES (var_account_id,
                        CASE WHEN in_account_class = 1 THEN
                        in_amount[out_count]* -1
                        ELSE in_amount[out_count]
                        END,
                        in_transaction_id[out_count], in_datepaid,  coalesce(in_approved, true),
                        in_source[out_count], in_memo[out_count]);
         -- Now we set the links
         INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 1);
         INSERT INTO acc_trans (chart_id, amount, fx_transaction,
                                trans_id, transdate, approved, source, memo)
                VALUES (var_account_id,
                        CASE WHEN in_account_class = 1 THEN
                        in_amount[out_count]*(old_exchangerate-1) * -1
                        ELSE in_amount[out_count]*(old_exchangerate-1)
                        END, 't'::boolean,
                        in_transaction_id[out_count], in_datepaid,  coalesce(in_approved, true),
                        in_source[out_count], in_memo[out_count]);
         -- Now we set the links
         INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 1);
         -- Lets set the gain/loss, if  fx_gain_loss_amount equals zero then we dont need to post
        -- any transaction
       fx_gain_loss_amount := in_amount[out_count]*current_exchangerate - in_amount[out_count]*old_exchangerate;
       IF (in_account_class = 1) THEN
         -- in case of vendor invoices, the invoice amounts have been negated, do the same with the diff
         fx_gain_loss_amount := fx_gain_loss_amount * -1;
       END IF;

       IF (fx_gain_loss_amount < 0) THEN
            INSERT INTO acc_trans (chart_id, amount, trans_id, transdate, approved, source)
            VALUES ((select value::int from defaults WHERE setting_key = 'fxgain_accno_id'),
                    fx_gain_loss_amount, in_transaction_id[out_count], in_datepaid, coalesce(in_approved, true),
                    in_source[out_count]);
            -- Now we set the links
            INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 1);
         ELSIF (fx_gain_loss_amount > 0) THEN
            INSERT INTO acc_trans (chart_id, amount, trans_id, transdate, approved, source)
            VALUES ((select value::int from defaults WHERE setting_key = 'fxloss_accno_id'),
                    fx_gain_loss_amount, in_transaction_id[out_count], in_datepaid, coalesce(in_approved, true),
                    in_source[out_count]);
            -- Now we set the links
            INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 1);
         END IF;
       END LOOP;
     END IF; -- END IF
--
-- WE NEED TO HANDLE THE OVERPAYMENTS NOW
--
       --
       -- FIRST WE HAVE TO MAKE THE GL TO HOLD THE OVERPAYMENT TRANSACTIONS
       -- THE ID IS GENERATED BY gl_id_seq
       --

  IF (array_upper(in_op_cash_account_id, 1) > 0) THEN
       INSERT INTO gl (reference, description, transdate,
                       person_id, notes, approved, trans_type_code)
              VALUES (setting_increment('glnumber'),
                      in_gl_description, in_datepaid, var_employee,
                      in_notes, in_approved, 'op');
       SELECT currval('id') INTO var_gl_id;
--
-- WE NEED TO SET THE GL_ID FIELD ON PAYMENT'S TABLE
--
       UPDATE payment SET gl_id = var_gl_id
       WHERE id = var_payment_id;
       -- NOW COMES THE HEAVY PART, STORING ALL THE POSSIBLE TRANSACTIONS...
       --
       -- FIRST WE SHOULD INSERT THE OVERPAYMENT CASH ACCOUNTS
       --
        FOR out_count IN
                        array_lower(in_op_cash_account_id, 1) ..
                        array_upper(in_op_cash_account_id, 1)
        LOOP
                INSERT INTO acc_trans (chart_id, amount,
                                       trans_id, transdate, approved, source, memo)
                VALUES (in_op_cash_account_id[out_count],
                        CASE WHEN in_account_class = 1 THEN in_op_amount[out_count]
                        ELSE in_op_amount[out_count] * - 1
                        END,
                        var_gl_id, in_datepaid, coalesce(in_approved, true),
                        in_op_source[out_count], in_op_memo[out_count]);
                INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 2);

        END LOOP;
        -- NOW LETS HANDLE THE OVERPAYMENT ACCOUNTS
        FOR out_count IN
                     array_lower(in_op_account_id, 1) ..
                     array_upper(in_op_account_id, 1)
        LOOP
         INSERT INTO acc_trans (chart_id, amount,
                                trans_id, transdate, approved, source, memo)
                VALUES (in_op_account_id[out_count],
                        CASE WHEN in_account_class = 1 THEN in_op_amount[out_count] * -1
                        ELSE in_op_amount[out_count]
                        END,
                        var_gl_id, in_datepaid,  coalesce(in_approved, true),
                        in_op_source[out_count], in_op_memo[out_count]);
                INSERT INTO payment_links
                VALUES (var_payment_id, currval('acc_trans_entry_id_seq'), 2);
        END LOOP;
 END IF;
 return var_payment_id;
END;
$$;


--
-- Name: FUNCTION payment_post(in_datepaid date, in_account_class integer, in_entity_credit_id integer, in_curr character, in_notes text, in_gl_description text, in_cash_account_id integer[], in_amount numeric[], in_cash_approved boolean[], in_source text[], in_memo text[], in_transaction_id integer[], in_op_amount numeric[], in_op_cash_account_id integer[], in_op_source text[], in_op_memo text[], in_op_account_id integer[], in_ovp_payment_id integer[], in_approved boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_post(in_datepaid date, in_account_class integer, in_entity_credit_id integer, in_curr character, in_notes text, in_gl_description text, in_cash_account_id integer[], in_amount numeric[], in_cash_approved boolean[], in_source text[], in_memo text[], in_transaction_id integer[], in_op_amount numeric[], in_op_cash_account_id integer[], in_op_source text[], in_op_memo text[], in_op_account_id integer[], in_ovp_payment_id integer[], in_approved boolean) IS ' Posts a payment.  in_op_* arrays are cross-indexed with eachother.
Other arrays are cross-indexed with eachother.

This API will probably change in 1.4 as we start looking at using more custom
complex types and arrays of those (requires Pg 8.4 or higher).
';


--
-- Name: payment_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_type (
    id integer NOT NULL,
    label text NOT NULL
);


--
-- Name: payment_type__get_label(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_type__get_label(in_payment_type_id integer) RETURNS SETOF public.payment_type
    LANGUAGE sql
    AS $$
SELECT * FROM payment_type where id=in_payment_type_id;
$$;


--
-- Name: FUNCTION payment_type__get_label(in_payment_type_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payment_type__get_label(in_payment_type_id integer) IS ' Returns all information on a payment type by the id.  This should be renamed
to account for its behavior in future versions.';


--
-- Name: payment_type__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payment_type__list() RETURNS SETOF public.payment_type
    LANGUAGE sql
    AS $$
SELECT * FROM payment_type;
$$;


--
-- Name: payments_get_open_currencies(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payments_get_open_currencies(in_account_class integer) RETURNS SETOF character
    LANGUAGE plpgsql
    AS $$
DECLARE result char(3);
BEGIN
select min(curr) into result from ar WHERE in_account_class = 2
union
select min(curr) from ap WHERE in_account_class = 1;


LOOP
   EXIT WHEN result IS NULL;
   return next result;

   SELECT min(curr) INTO result from ar
    where in_account_class = 2 and curr > result
            union
   select min(curr) from ap
    WHERE in_account_class = 1 and curr > result
    LIMIT 1;

END LOOP;
END;
$$;


--
-- Name: FUNCTION payments_get_open_currencies(in_account_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payments_get_open_currencies(in_account_class integer) IS ' This does a sparse scan to find currencies attached to open invoices.

It should scale per the number of currencies used rather than the size of the
ar or ap tables.
';


--
-- Name: payments_set_exchangerate(integer, numeric, character, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payments_set_exchangerate(in_account_class integer, in_exchangerate numeric, in_curr character, in_datepaid date) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE current_exrate  exchangerate%ROWTYPE;
BEGIN
select  * INTO current_exrate
        FROM  exchangerate
        WHERE transdate = in_datepaid
              AND curr = in_curr;
IF current_exrate.transdate = in_datepaid THEN
   IF in_account_class = 2 THEN
      UPDATE exchangerate set buy = in_exchangerate  where transdate = in_datepaid;
   ELSE
      UPDATE exchangerate set sell = in_exchangerate where transdate = in_datepaid;
   END IF;
   RETURN 0;
ELSE
    IF in_account_class = 2 THEN
     INSERT INTO exchangerate (curr, transdate, buy) values (in_curr, in_datepaid, in_exchangerate);
  ELSE
     INSERT INTO exchangerate (curr, transdate, sell) values (in_curr, in_datepaid, in_exchangerate);
  END IF;
RETURN 0;
END IF;
END;
$$;


--
-- Name: FUNCTION payments_set_exchangerate(in_account_class integer, in_exchangerate numeric, in_curr character, in_datepaid date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.payments_set_exchangerate(in_account_class integer, in_exchangerate numeric, in_curr character, in_datepaid date) IS ' 1.3 only.  This will be replaced by a more generic function in 1.4.

This sets the exchange rate for a class of transactions (payable, receivable)
to a certain rate for a specific date.';


--
-- Name: payroll_deduction_type__search(integer, integer, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payroll_deduction_type__search(in_account_id integer, in_pdc_id integer, in_country_id integer, in_label text, in_unit text) RETURNS SETOF public.payroll_deduction_type
    LANGUAGE sql STABLE
    AS $_$
SELECT *
  FROM payroll_deduction_type
 where (account_id = $1 OR $1 IS NULL) AND
       (pdc_id = $2 OR $2 IS NULL) AND
       (country_id = $3 OR $3 IS NULL) AND
       ($4 IS NULL OR label LIKE $4 || '%') AND
       (unit = $5 or $5 IS NULL);
$_$;


--
-- Name: payroll_income_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_income_category (
    id integer NOT NULL,
    label text
);


--
-- Name: payroll_income_category__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payroll_income_category__list() RETURNS SETOF public.payroll_income_category
    LANGUAGE sql
    AS $$
SELECT * FROM payroll_income_category order by id;
$$;


--
-- Name: payroll_income_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_income_class (
    id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL
);


--
-- Name: payroll_income_class__for_country(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payroll_income_class__for_country(in_country_id integer) RETURNS SETOF public.payroll_income_class
    LANGUAGE sql
    AS $_$
SELECT * FROM payroll_income_class where country_id = $1
ORDER BY label;
$_$;


--
-- Name: payroll_income_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_income_type (
    id integer NOT NULL,
    account_id integer NOT NULL,
    pic_id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL,
    unit text NOT NULL,
    default_amount numeric
);


--
-- Name: payroll_income_type__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payroll_income_type__get(in_id integer) RETURNS public.payroll_income_type
    LANGUAGE sql
    AS $_$
SELECT * FROM payroll_income_type WHERE id  = $1;
$_$;


--
-- Name: payroll_income_type__save(integer, integer, integer, integer, text, text, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payroll_income_type__save(in_id integer, in_account_id integer, in_pic_id integer, in_country_id integer, in_label text, in_unit text, in_default_amount numeric) RETURNS public.payroll_income_type
    LANGUAGE plpgsql
    AS $$

   DECLARE retval payroll_income_type;

BEGIN
   UPDATE payroll_income_type
      SET account_id = in_account_id,
          pic_id = in_pic_id,
          country_id = in_country_id,
          label = in_label,
          unit = in_unit,
          default_amount = in_default_amount
    WHERE id = in_id;

   IF FOUND THEN
       retval := payroll_income_type__get(in_id);
       RETURN retval;
   END IF;

   INSERT INTO payroll_income_type
          (account_id, pic_id, country_id, label, unit, default_amount)
   VALUES (in_account_id, in_pic_id, in_country_id, in_label, in_unit,
           in_default_amount);

   retval := payroll_income_type__get(currval('payroll_income_type_id_seq')::int);
   RETURN retval;

END;
$$;


--
-- Name: payroll_income_type__search(integer, integer, integer, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.payroll_income_type__search(in_account_id integer, in_pic_id integer, in_country_id integer, in_label text, in_unit text) RETURNS SETOF public.payroll_income_type
    LANGUAGE sql STABLE
    AS $_$
SELECT *
  FROM payroll_income_type
 where (account_id = $1 OR $1 IS NULL) AND
       (pic_id = $2 OR $2 IS NULL) AND
       (country_id = $3 OR $3 IS NULL) AND
       ($4 IS NULL OR label LIKE $4 || '%') AND
       (unit = $5 or $5 IS NULL);
$_$;


--
-- Name: periods; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.periods AS
 SELECT 'ytd'::text AS id,
    'Year to Date'::text AS label,
    (now())::date AS date_to,
    (((EXTRACT(year FROM now()))::text || '-01-01'::text))::date AS date_from
UNION
 SELECT 'last_year'::text AS id,
    'Last Year'::text AS label,
    ((((EXTRACT(YEAR FROM now()) - (1)::numeric))::text || '-12-31'::text))::date AS date_to,
    ((((EXTRACT(YEAR FROM now()) - (1)::numeric))::text || '-01-01'::text))::date AS date_from;


--
-- Name: periods_get(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.periods_get() RETURNS SETOF public.periods
    LANGUAGE sql
    AS $$
SELECT * FROM periods ORDER BY id
$$;


--
-- Name: FUNCTION periods_get(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.periods_get() IS ' Returns dates for year to date, and last year.';


--
-- Name: person__delete_contact(integer, integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__delete_contact(in_person_id integer, in_contact_class_id integer, in_contact text) RETURNS boolean
    LANGUAGE sql
    AS $$
DELETE FROM entity_to_contact
 WHERE entity_id = (SELECT entity_id FROM person WHERE id = in_person_id)
       and contact_class_id = in_contact_class_id
       and contact= in_contact
RETURNING TRUE;
$$;


--
-- Name: FUNCTION person__delete_contact(in_person_id integer, in_contact_class_id integer, in_contact text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__delete_contact(in_person_id integer, in_contact_class_id integer, in_contact text) IS ' Deletes a contact record specified for the person.  Returns true if a record
was found and deleted, false if not.';


--
-- Name: person__delete_location(integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__delete_location(in_person_id integer, in_location_id integer, in_location_class integer) RETURNS boolean
    LANGUAGE sql
    AS $$

DELETE FROM entity_to_location
 WHERE entity_id = (select entity_id from person where id = in_person_id)
       AND location_id = in_location_id
       AND location_class = in_location_class
RETURNING TRUE;

$$;


--
-- Name: FUNCTION person__delete_location(in_person_id integer, in_location_id integer, in_location_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__delete_location(in_person_id integer, in_location_id integer, in_location_class integer) IS 'Deletes a location mapping to a person.  Returns true if found, false if no
data deleted.';


--
-- Name: person__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__get(in_entity_id integer) RETURNS public.person_entity
    LANGUAGE sql
    AS $_$
SELECT e.id, e.control_code, e.name, e.country_id, c.name,
       p.first_name, p.middle_name, p.last_name, e.entity_class,
       p.birthdate, p.personal_id
  FROM entity e
  JOIN country c ON c.id = e.country_id
  JOIN person p ON p.entity_id = e.id
 WHERE e.id = $1;
$_$;


--
-- Name: person__get_by_cc(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__get_by_cc(in_control_code text) RETURNS public.person_entity
    LANGUAGE sql
    AS $_$
SELECT e.id, e.control_code, e.name, e.country_id, c.name,
       p.first_name, p.middle_name, p.last_name, e.entity_class,
       p.birthdate, p.personal_id
  FROM entity e
  JOIN country c ON c.id = e.country_id
  JOIN person p ON p.entity_id = e.id
 WHERE e.control_code = $1;
$_$;


--
-- Name: person__get_my_id(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__get_my_id() RETURNS integer
    LANGUAGE sql
    AS $$
        SELECT p.id from person p
        JOIN users u ON u.entity_id = p.entity_id
        WHERE username = SESSION_USER;
$$;


--
-- Name: FUNCTION person__get_my_id(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__get_my_id() IS ' Returns the person id of the current, logged in user.';


--
-- Name: person__list_bank_account(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__list_bank_account(in_entity_id integer) RETURNS SETOF public.entity_bank_account
    LANGUAGE sql
    AS $$
SELECT * from entity_bank_account where entity_id = in_entity_id
$$;


--
-- Name: FUNCTION person__list_bank_account(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__list_bank_account(in_entity_id integer) IS ' Lists bank accounts for a person';


--
-- Name: person__list_contacts(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__list_contacts(in_entity_id integer) RETURNS SETOF public.contact_list
    LANGUAGE sql
    AS $$
                SELECT cc.class, cc.id, c.description, c.contact
                FROM entity_to_contact c
                JOIN contact_class cc ON (c.contact_class_id = cc.id)
                JOIN person p ON (c.entity_id = p.entity_id)
                WHERE p.entity_id = in_entity_id
$$;


--
-- Name: FUNCTION person__list_contacts(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__list_contacts(in_entity_id integer) IS ' Returns a list of contacts attached to the function.';


--
-- Name: language; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.language (
    code character varying(6) NOT NULL,
    description text
);


--
-- Name: TABLE language; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.language IS ' Languages for manual translations and so forth.';


--
-- Name: person__list_languages(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__list_languages() RETURNS SETOF public.language
    LANGUAGE sql
    AS $$ SELECT * FROM language ORDER BY description ASC $$;


--
-- Name: FUNCTION person__list_languages(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__list_languages() IS ' Returns a list of languages ordered by code';


--
-- Name: person__list_locations(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__list_locations(in_entity_id integer) RETURNS SETOF public.location_result
    LANGUAGE plpgsql
    AS $$
DECLARE out_row RECORD;
BEGIN
        FOR out_row IN
                SELECT l.id, l.line_one, l.line_two, l.line_three, l.city,
                        l.state, l.mail_code, c.id, c.name, lc.id, lc.class
                FROM location l
                JOIN entity_to_location ctl ON (ctl.location_id = l.id)
                JOIN person p ON (ctl.entity_id = p.entity_id)
                JOIN location_class lc ON (ctl.location_class = lc.id)
                JOIN country c ON (c.id = l.country_id)
                WHERE p.entity_id = in_entity_id
                ORDER BY lc.id, l.id, c.name
        LOOP
                RETURN NEXT out_row;
        END LOOP;
END;
$$;


--
-- Name: FUNCTION person__list_locations(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__list_locations(in_entity_id integer) IS ' Returns a list of locations specified attached to the person.';


--
-- Name: person__list_notes(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__list_notes(in_entity_id integer) RETURNS SETOF public.entity_note
    LANGUAGE sql
    AS $$
                SELECT *
                FROM entity_note
                WHERE ref_key = in_entity_id
                ORDER BY created
$$;


--
-- Name: FUNCTION person__list_notes(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__list_notes(in_entity_id integer) IS ' Returns a list of notes attached to a person.';


--
-- Name: person__list_salutations(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__list_salutations() RETURNS SETOF public.salutation
    LANGUAGE sql
    AS $$ SELECT * FROM salutation ORDER BY id ASC $$;


--
-- Name: FUNCTION person__list_salutations(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__list_salutations() IS ' Returns a list of salutations ordered by id.';


--
-- Name: person__save(integer, integer, text, text, text, integer, date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__save(in_entity_id integer, in_salutation_id integer, in_first_name text, in_middle_name text, in_last_name text, in_country_id integer, in_birthdate date, in_personal_id text) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        e_id int;
        e entity;
        loc location;
        l_id int;
        p_id int;
    BEGIN

    select * into e from entity where id = in_entity_id and entity_class = 3;
    e_id := in_entity_id;

    IF FOUND THEN
        UPDATE entity
           SET name = in_first_name || ' ' || in_last_name,
               country_id = in_country_id
         WHERE id = in_entity_id;
    ELSE
        INSERT INTO entity (name, entity_class, country_id)
        values (in_first_name || ' ' || in_last_name, 3, in_country_id);
        e_id := currval('entity_id_seq');

    END IF;


    UPDATE person SET
            salutation_id = in_salutation_id,
            first_name = in_first_name,
            last_name = in_last_name,
            middle_name = in_middle_name,
            birthdate = in_birthdate,
            personal_id = in_personal_id
    WHERE
            entity_id = in_entity_id;
    IF FOUND THEN
        RETURN in_entity_id;
    ELSE
        -- Do an insert

        INSERT INTO person (salutation_id, first_name, last_name, entity_id,
                           birthdate, personal_id)
        VALUES (in_salutation_id, in_first_name, in_last_name, e_id,
                in_birthdate, in_personal_id);

        RETURN e_id;

    END IF;
END;
$$;


--
-- Name: FUNCTION person__save(in_entity_id integer, in_salutation_id integer, in_first_name text, in_middle_name text, in_last_name text, in_country_id integer, in_birthdate date, in_personal_id text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__save(in_entity_id integer, in_salutation_id integer, in_first_name text, in_middle_name text, in_last_name text, in_country_id integer, in_birthdate date, in_personal_id text) IS ' Saves the person with the information specified.  Returns the entity_id
of the record saved.';


--
-- Name: person__save_contact(integer, integer, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__save_contact(in_entity_id integer, in_contact_class integer, in_old_contact text, in_contact_new text, in_description text, in_old_contact_class integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    out_id int;
    v_orig entity_to_contact;
BEGIN

    SELECT cc.* into v_orig
      FROM entity_to_contact cc
      JOIN person p ON (p.entity_id = cc.entity_id)
     WHERE p.entity_id = in_entity_id
    and cc.contact_class_id = in_old_contact_class
    AND cc.contact = in_old_contact;

    IF NOT FOUND THEN

        -- create
        INSERT INTO entity_to_contact
               (entity_id, contact_class_id, contact, description)
        VALUES (in_entity_id, in_contact_class, in_contact_new, in_description);

        return 1;
    ELSE
        -- edit.
        UPDATE entity_to_contact
           SET contact = in_contact_new, description = in_description
         WHERE contact = in_old_contact
               AND entity_id = in_entity_id
               AND contact_class_id = in_old_contact_class;
        return 0;
    END IF;

END;
$$;


--
-- Name: FUNCTION person__save_contact(in_entity_id integer, in_contact_class integer, in_old_contact text, in_contact_new text, in_description text, in_old_contact_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__save_contact(in_entity_id integer, in_contact_class integer, in_old_contact text, in_contact_new text, in_description text, in_old_contact_class integer) IS ' Saves saves contact info.  Returns 1 if a row was inserted, 0 if it was
updated. ';


--
-- Name: person__save_location(integer, integer, integer, text, text, text, text, text, text, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.person__save_location(in_entity_id integer, in_location_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_code integer, in_old_location_class integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        l_row location;
        l_id INT;
            t_person_id int;
    BEGIN
        SELECT id INTO t_person_id
        FROM person WHERE entity_id = in_entity_id;

    UPDATE entity_to_location
       SET location_class = in_location_class
     WHERE entity_id = in_entity_id
           AND location_class = in_old_location_class
           AND location_id = in_location_id;


    IF NOT FOUND THEN
        -- Create a new one.
        l_id := location_save(
            in_location_id,
            in_line_one,
            in_line_two,
            in_line_three,
            in_city,
                in_state,
                in_mail_code,
                in_country_code);

        INSERT INTO entity_to_location
                (entity_id, location_id, location_class)
        VALUES  (in_entity_id, l_id, in_location_class);
    ELSE
        l_id := location_save(
            in_location_id,
            in_line_one,
            in_line_two,
            in_line_three,
            in_city,
                in_state,
                in_mail_code,
                in_country_code);
        -- Update the old one.
    END IF;
    return l_id;
    END;
$$;


--
-- Name: FUNCTION person__save_location(in_entity_id integer, in_location_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_code integer, in_old_location_class integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.person__save_location(in_entity_id integer, in_location_id integer, in_location_class integer, in_line_one text, in_line_two text, in_line_three text, in_city text, in_state text, in_mail_code text, in_country_code integer, in_old_location_class integer) IS ' Saves a location mapped to the person with the specified information.
Returns the location id saved.';


--
-- Name: pnl__customer(integer, date, date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pnl__customer(in_id integer, in_from_date date, in_to_date date, in_language text) RETURNS SETOF public.pnl_line
    LANGUAGE sql
    AS $_$
WITH acc_meta AS (
  SELECT a.id, a.accno,
         coalesce(at.description, a.description) as description,
         CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
         ELSE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
         END AS path,
         a.category, 'A'::char as account_type, contra, a.gifi_accno,
         gifi.description as gifi_description
     FROM account a
    INNER JOIN account_heading_tree aht on a.heading = aht.id
     LEFT JOIN gifi ON a.gifi_accno = gifi.accno
     LEFT JOIN (SELECT trans_id, description
                  FROM account_translation
                 WHERE language_code =
                        coalesce($4,
                          (SELECT up.language
                             FROM user_preference up
                       INNER JOIN users ON up.id = users.id
                            WHERE users.username = SESSION_USER))) at
               ON a.id = at.trans_id
   WHERE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
                          IS NOT NULL
         -- legacy: earn_id not configured (yet)
         OR (NOT EXISTS (SELECT 1 FROM defaults
                         WHERE setting_key = 'earn_id'
                           AND value IS NOT NULL)
             AND category IN ('E', 'I'))
),
hdr_meta AS (
   SELECT aht.id, aht.accno,
          coalesce(at.description, aht.description) as description,
          CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
          ELSE array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
          END AS path,
          ahc.derived_category as category,
          'H'::char as account_type, 'f'::boolean as contra
     FROM account_heading_tree aht
    INNER JOIN account_heading_derived_category ahc ON aht.id = ahc.id
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation
                WHERE language_code =
                       coalesce($4,
                         (SELECT up.language
                            FROM user_preference up
                      INNER JOIN users ON up.id = users.id
                           WHERE users.username = SESSION_USER))) at
              ON aht.id = at.trans_id
    WHERE ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NOT NULL
           AND array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
                           IS NOT NULL)
          -- legacy: earn_id not configured; select headings belonging to
          --    selected accounts
          OR ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NULL
              AND EXISTS (SELECT 1 FROM acc_meta
                                  WHERE aht.id = ANY(acc_meta.path)))
),
acc_balance AS (
WITH gl (id) AS
 ( SELECT id FROM ap WHERE approved is true AND entity_credit_account = $1
UNION ALL
   SELECT id FROM ar WHERE approved is true AND entity_credit_account = $1
)
SELECT ac.chart_id AS id, sum(ac.amount) AS balance
  FROM acc_trans ac
  JOIN gl ON ac.trans_id = gl.id
 WHERE ac.approved is true
          AND ($2 IS NULL OR ac.transdate >= $2)
          AND ($3 IS NULL OR ac.transdate <= $3)
 GROUP BY ac.chart_id
   HAVING sum(ac.amount) <> 0.00
 ),
hdr_balance AS (
   select ahd.id, sum(balance) as balance
     FROM acc_balance ab
    INNER JOIN account acc ON ab.id = acc.id
    INNER JOIN account_heading_descendant ahd
            ON acc.heading = ahd.descendant_id
    GROUP BY ahd.id
)
   SELECT hm.id, hm.accno, hm.description, hm.account_type, hm.category,
          null::text as gifi, null::text as gifi_description, hm.contra,
          hb.balance, hm.path
     FROM hdr_meta hm
    INNER JOIN hdr_balance hb ON hm.id = hb.id
   UNION
   SELECT am.id, am.accno, am.description, am.account_type, am.category,
          gifi_accno as gifi, gifi_description, am.contra, ab.balance, am.path
     FROM acc_meta am
    INNER JOIN acc_balance ab on am.id = ab.id
$_$;


--
-- Name: pnl__income_statement_accrual(date, date, text, integer[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pnl__income_statement_accrual(in_from_date date, in_to_date date, in_ignore_yearend text, in_business_units integer[], in_language text) RETURNS SETOF public.pnl_line
    LANGUAGE sql
    AS $_$
WITH acc_meta AS (
  SELECT a.id, a.accno,
         coalesce(at.description, a.description) as description,
         CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
         ELSE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
         END AS path,
         a.category, 'A'::char as account_type, contra, a.gifi_accno,
         gifi.description as gifi_description
     FROM account a
    INNER JOIN account_heading_tree aht on a.heading = aht.id
     LEFT JOIN gifi ON a.gifi_accno = gifi.accno
     LEFT JOIN (SELECT trans_id, description
                  FROM account_translation
                 WHERE language_code =
                        coalesce($5,
                          (SELECT up.language
                             FROM user_preference up
                       INNER JOIN users ON up.id = users.id
                            WHERE users.username = SESSION_USER))) at
               ON a.id = at.trans_id
   WHERE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
                          IS NOT NULL
         -- legacy: earn_id not configured (yet)
         OR (NOT EXISTS (SELECT 1 FROM defaults
                         WHERE setting_key = 'earn_id'
                               AND value IS NOT NULL)
             AND category IN ('E', 'I'))
),
hdr_meta AS (
   SELECT aht.id, aht.accno,
          coalesce(at.description, aht.description) as description,
          CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
          ELSE array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
          END AS path,
          ahc.derived_category as category,
          'H'::char as account_type, 'f'::boolean as contra
     FROM account_heading_tree aht
    INNER JOIN account_heading_derived_category ahc ON aht.id = ahc.id
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation
                WHERE language_code =
                       coalesce($5,
                         (SELECT up.language
                            FROM user_preference up
                      INNER JOIN users ON up.id = users.id
                           WHERE users.username = SESSION_USER))) at
              ON aht.id = at.trans_id
    WHERE ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NOT NULL
           AND array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
                           IS NOT NULL)
          -- legacy: earn_id not configured; select headings belonging to
          --    selected accounts
          OR ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NULL
              AND EXISTS (SELECT 1 FROM acc_meta
                                  WHERE aht.id = ANY(acc_meta.path)))
),
acc_balance AS (
   WITH RECURSIVE bu_tree (id, parent, path) AS (
      SELECT id, null, row(array[id])::tree_record FROM business_unit
       WHERE id = any($4)
      UNION ALL
      SELECT bu.id, parent, row((path).t || bu.id)::tree_record
        FROM business_unit bu
        JOIN bu_tree ON bu.parent_id = bu_tree.id
   )
   SELECT ac.chart_id AS id, sum(ac.amount) AS balance
     FROM acc_trans ac
    INNER JOIN tx_report gl ON ac.trans_id = gl.id AND gl.approved
     LEFT JOIN (SELECT array_agg(path) AS bu_ids, entry_id
                  FROM business_unit_ac buac
                 INNER JOIN bu_tree ON bu_tree.id = buac.bu_id
                 GROUP BY buac.entry_id) bu
          ON (ac.entry_id = bu.entry_id)
    WHERE ac.approved
          AND ($1 IS NULL OR ac.transdate >= $1)
          AND ($2 IS NULL OR ac.transdate <= $2)
          AND ($4 = '{}'
              OR $4 is null or in_tree($4, bu_ids))
           AND ($3 = 'none'
               OR ($3 = 'all'
                   AND NOT EXISTS (SELECT * FROM yearend
                                    WHERE trans_id = gl.id))
               OR ($3 = 'last'
                   AND NOT EXISTS (SELECT 1 FROM yearend
                                   HAVING max(trans_id) = gl.id))
              )
   GROUP BY ac.chart_id
     HAVING sum(ac.amount) <> 0.00
 ),
hdr_balance AS (
   select ahd.id, sum(balance) as balance
     FROM acc_balance ab
    INNER JOIN account acc ON ab.id = acc.id
    INNER JOIN account_heading_descendant ahd
            ON acc.heading = ahd.descendant_id
    GROUP BY ahd.id
)
   SELECT hm.id, hm.accno, hm.description, hm.account_type, hm.category,
          null::text as gifi, null::text as gifi_description, hm.contra,
          hb.balance, hm.path
     FROM hdr_meta hm
    INNER JOIN hdr_balance hb ON hm.id = hb.id
   UNION
   SELECT am.id, am.accno, am.description, am.account_type, am.category,
          gifi_accno as gifi, gifi_description, am.contra, ab.balance, am.path
     FROM acc_meta am
    INNER JOIN acc_balance ab on am.id = ab.id
$_$;


--
-- Name: pnl__income_statement_cash(date, date, text, integer[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pnl__income_statement_cash(in_from_date date, in_to_date date, in_ignore_yearend text, in_business_units integer[], in_language text) RETURNS SETOF public.pnl_line
    LANGUAGE sql
    AS $_$
WITH acc_meta AS (
  SELECT a.id, a.accno,
         coalesce(at.description, a.description) as description,
         CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
         ELSE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
         END AS path,
         a.category, 'A'::char as account_type, contra, a.gifi_accno,
         gifi.description as gifi_description
     FROM account a
    INNER JOIN account_heading_tree aht on a.heading = aht.id
     LEFT JOIN gifi ON a.gifi_accno = gifi.accno
     LEFT JOIN (SELECT trans_id, description
                  FROM account_translation
                 WHERE language_code =
                        coalesce($5,
                          (SELECT up.language
                             FROM user_preference up
                       INNER JOIN users ON up.id = users.id
                            WHERE users.username = SESSION_USER))) at
               ON a.id = at.trans_id
   WHERE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
                          IS NOT NULL
         -- legacy: earn_id not configured (yet)
         OR (NOT EXISTS (SELECT 1 FROM defaults
                         WHERE setting_key = 'earn_id'
                           AND value IS NOT NULL)
             AND category IN ('E', 'I'))
),
hdr_meta AS (
   SELECT aht.id, aht.accno,
          coalesce(at.description, aht.description) as description,
          CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
          ELSE array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
          END AS path,
          ahc.derived_category as category,
          'H'::char as account_type, 'f'::boolean as contra
     FROM account_heading_tree aht
    INNER JOIN account_heading_derived_category ahc ON aht.id = ahc.id
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation
                WHERE language_code =
                       coalesce($5,
                         (SELECT up.language
                            FROM user_preference up
                      INNER JOIN users ON up.id = users.id
                           WHERE users.username = SESSION_USER))) at
              ON aht.id = at.trans_id
    WHERE ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NOT NULL
           AND array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
                           IS NOT NULL)
          -- legacy: earn_id not configured; select headings belonging to
          --    selected accounts
          OR ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NULL
              AND EXISTS (SELECT 1 FROM acc_meta
                                  WHERE aht.id = ANY(acc_meta.path)))
),
acc_balance AS (
WITH RECURSIVE bu_tree (id, parent, path) AS (
      SELECT id, null, row(array[id])::tree_record FROM business_unit
       WHERE id = any($4)
      UNION ALL
      SELECT bu.id, parent, row((path).t || bu.id)::tree_record
        FROM business_unit bu
        JOIN bu_tree ON bu.parent_id = bu_tree.id
)
   SELECT ac.chart_id AS id, sum(ac.amount * ca.portion) AS balance
     FROM acc_trans ac
     JOIN tx_report gl ON ac.trans_id = gl.id AND gl.approved
     JOIN (SELECT id, sum(portion) as portion
             FROM cash_impact ca
            WHERE ($1 IS NULL OR ca.transdate >= $1)
                  AND ($2 IS NULL OR ca.transdate <= $2)
           GROUP BY id
          ) ca ON gl.id = ca.id
LEFT JOIN (select array_agg(path) as bu_ids, entry_id
             FROM business_unit_ac buac
             JOIN bu_tree ON bu_tree.id = buac.bu_id
         GROUP BY entry_id) bu
          ON (ac.entry_id = bu.entry_id)
    WHERE ac.approved
          AND ($4 = '{}'
              OR $4 is null or in_tree($4, bu_ids))
          AND ($3 = 'none'
               OR ($3 = 'all'
                   AND NOT EXISTS (SELECT * FROM yearend WHERE trans_id = gl.id
                   ))
               OR ($3 = 'last'
                   AND NOT EXISTS (SELECT 1 FROM yearend
                                   HAVING max(trans_id) = gl.id))
              )
 GROUP BY ac.chart_id
   HAVING sum(ac.amount * ca.portion) <> 0.00
 ),
hdr_balance AS (
   select ahd.id, sum(balance) as balance
     FROM acc_balance ab
    INNER JOIN account acc ON ab.id = acc.id
    INNER JOIN account_heading_descendant ahd
            ON acc.heading = ahd.descendant_id
    GROUP BY ahd.id
)
   SELECT hm.id, hm.accno, hm.description, hm.account_type, hm.category,
          null::text as gifi, null::text as gifi_description, hm.contra,
          hb.balance, hm.path
     FROM hdr_meta hm
    INNER JOIN hdr_balance hb ON hm.id = hb.id
   UNION
   SELECT am.id, am.accno, am.description, am.account_type, am.category,
          gifi_accno as gifi, gifi_description, am.contra, ab.balance, am.path
     FROM acc_meta am
    INNER JOIN acc_balance ab on am.id = ab.id
$_$;


--
-- Name: pnl__invoice(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pnl__invoice(in_id integer, in_language text) RETURNS SETOF public.pnl_line
    LANGUAGE sql
    AS $_$
WITH acc_meta AS (
  SELECT a.id, a.accno,
         coalesce(at.description, a.description) as description,
         CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
         ELSE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
         END AS path,
         a.category, 'A'::char as account_type, contra, a.gifi_accno,
         gifi.description as gifi_description
     FROM account a
    INNER JOIN account_heading_tree aht on a.heading = aht.id
     LEFT JOIN gifi ON a.gifi_accno = gifi.accno
     LEFT JOIN (SELECT trans_id, description
                  FROM account_translation
                 WHERE language_code =
                        coalesce($2,
                          (SELECT up.language
                             FROM user_preference up
                       INNER JOIN users ON up.id = users.id
                            WHERE users.username = SESSION_USER))) at
               ON a.id = at.trans_id
   WHERE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
                          IS NOT NULL
         -- legacy: earn_id not configured (yet)
         OR (NOT EXISTS (SELECT 1 FROM defaults
                         WHERE setting_key = 'earn_id'
                           AND value IS NOT NULL)
             AND category IN ('E', 'I'))
),
hdr_meta AS (
   SELECT aht.id, aht.accno,
          coalesce(at.description, aht.description) as description,
          CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
          ELSE array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
          END AS path,
          ahc.derived_category as category,
          'H'::char as account_type, 'f'::boolean as contra
     FROM account_heading_tree aht
    INNER JOIN account_heading_derived_category ahc ON aht.id = ahc.id
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation
                WHERE language_code =
                       coalesce($2,
                         (SELECT up.language
                            FROM user_preference up
                      INNER JOIN users ON up.id = users.id
                           WHERE users.username = SESSION_USER))) at
              ON aht.id = at.trans_id
    WHERE ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NOT NULL
           AND array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
                           IS NOT NULL)
          -- legacy: earn_id not configured; select headings belonging to
          --    selected accounts
          OR ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NULL
              AND EXISTS (SELECT 1 FROM acc_meta
                                  WHERE aht.id = ANY(acc_meta.path)))
),
acc_balance AS (
SELECT ac.chart_id AS id, sum(ac.amount) AS balance
  FROM acc_trans ac
 WHERE ac.approved AND ac.trans_id = $1
 GROUP BY ac.chart_id
 ),
hdr_balance AS (
   select ahd.id, sum(balance) as balance
     FROM acc_balance ab
    INNER JOIN account acc ON ab.id = acc.id
    INNER JOIN account_heading_descendant ahd
            ON acc.heading = ahd.descendant_id
    GROUP BY ahd.id
)
   SELECT hm.id, hm.accno, hm.description, hm.account_type, hm.category,
          null::text as gifi, null::text as gifi_description, hm.contra,
          hb.balance, hm.path
     FROM hdr_meta hm
    INNER JOIN hdr_balance hb ON hm.id = hb.id
   UNION
   SELECT am.id, am.accno, am.description, am.account_type, am.category,
          gifi_accno as gifi, gifi_description, am.contra, ab.balance, am.path
     FROM acc_meta am
    INNER JOIN acc_balance ab on am.id = ab.id
$_$;


--
-- Name: pnl__product(date, date, integer, integer[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pnl__product(in_from_date date, in_to_date date, in_parts_id integer, in_business_units integer[], in_language text) RETURNS SETOF public.pnl_line
    LANGUAGE sql
    AS $_$
WITH acc_meta AS (
  SELECT a.id, a.accno,
         coalesce(at.description, a.description) as description,
         CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
         ELSE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
         END AS path,
         a.category, 'A'::char as account_type, contra, a.gifi_accno,
         gifi.description as gifi_description
     FROM account a
    INNER JOIN account_heading_tree aht on a.heading = aht.id
     LEFT JOIN gifi ON a.gifi_accno = gifi.accno
     LEFT JOIN (SELECT trans_id, description
                  FROM account_translation
                 WHERE language_code =
                        coalesce($5,
                          (SELECT up.language
                             FROM user_preference up
                       INNER JOIN users ON up.id = users.id
                            WHERE users.username = SESSION_USER))) at
               ON a.id = at.trans_id
   WHERE array_splice_from((SELECT value::int FROM defaults
                             WHERE setting_key = 'earn_id'),aht.path)
                          IS NOT NULL
         -- legacy: earn_id not configured (yet)
         OR (NOT EXISTS (SELECT 1 FROM defaults
                         WHERE setting_key = 'earn_id'
                           AND value IS NOT NULL)
             AND category IN ('E', 'I'))
),
hdr_meta AS (
   SELECT aht.id, aht.accno,
          coalesce(at.description, aht.description) as description,
          CASE WHEN (SELECT value::int FROM defaults where setting_key = 'earn_id') IS NULL THEN aht.path
          ELSE array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
          END AS path,
          ahc.derived_category as category,
          'H'::char as account_type, 'f'::boolean as contra
     FROM account_heading_tree aht
    INNER JOIN account_heading_derived_category ahc ON aht.id = ahc.id
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation
                WHERE language_code =
                       coalesce($5,
                         (SELECT up.language
                            FROM user_preference up
                      INNER JOIN users ON up.id = users.id
                           WHERE users.username = SESSION_USER))) at
              ON aht.id = at.trans_id
    WHERE ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NOT NULL
           AND array_splice_from((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id'),aht.path)
                           IS NOT NULL)
          -- legacy: earn_id not configured; select headings belonging to
          --    selected accounts
          OR ((SELECT value::int FROM defaults
                              WHERE setting_key = 'earn_id') IS NULL
              AND EXISTS (SELECT 1 FROM acc_meta
                                  WHERE aht.id = ANY(acc_meta.path)))
),
acc_balance AS (
   WITH RECURSIVE bu_tree (id, parent, path) AS (
      SELECT id, null, row(array[id])::tree_record FROM business_unit
       WHERE id = any($4)
      UNION ALL
      SELECT bu.id, parent, row((path).t || bu.id)::tree_record
        FROM business_unit bu
        JOIN bu_tree ON bu.parent_id = bu_tree.id
   )
SELECT ac.chart_id AS id, sum(ac.amount) AS balance
     FROM acc_trans ac
     JOIN invoice i ON i.id = ac.invoice_id
     JOIN account_link l ON l.account_id = ac.chart_id
     JOIN ar ON ar.id = ac.trans_id
LEFT JOIN (select as_array(bu.path) as bu_ids, entry_id
             from business_unit_inv bui
             JOIN bu_tree bu ON bui.bu_id = bu.id
         GROUP BY entry_id) bui ON bui.entry_id = i.id
    WHERE i.parts_id = $3
          AND (ac.transdate >= $1 OR $1 IS NULL)
          AND (ac.transdate <= $2 OR $2 IS NULL)
          AND ar.approved
          AND l.description = 'IC_expense'
          AND ($4 is null or $4 = '{}' OR in_tree($4, bu_ids))
 GROUP BY ac.chart_id
   HAVING sum(ac.amount) <> 0.00
    UNION
   SELECT ac.chart_id,
          sum(i.sellprice * i.qty * (1 - coalesce(i.discount, 0)))
     FROM invoice i
     JOIN acc_trans ac ON ac.invoice_id = i.id
     JOIN ar ON ar.id = ac.trans_id
LEFT JOIN (select as_array(bu.path) as bu_ids, entry_id
             from business_unit_inv bui
             JOIN bu_tree bu ON bui.bu_id = bu.id
         GROUP BY entry_id) bui ON bui.entry_id = i.id
    WHERE i.parts_id = $3
          AND (ac.transdate >= $1 OR $1 IS NULL)
          AND (ac.transdate <= $2 OR $2 IS NULL)
          AND ar.approved
          AND ($4 is null or $4 = '{}' OR in_tree($4, bu_ids))
 GROUP BY ac.chart_id
   HAVING sum(i.sellprice * i.qty * (1 - coalesce(i.discount, 0))) <> 0.00
 ),
hdr_balance AS (
   select ahd.id, sum(balance) as balance
     FROM acc_balance ab
    INNER JOIN account acc ON ab.id = acc.id
    INNER JOIN account_heading_descendant ahd
            ON acc.heading = ahd.descendant_id
    GROUP BY ahd.id
)
   SELECT hm.id, hm.accno, hm.description, hm.account_type, hm.category,
          null::text as gifi, null::text as gifi_description, hm.contra,
          hb.balance, hm.path
     FROM hdr_meta hm
    INNER JOIN hdr_balance hb ON hm.id = hb.id
   UNION
   SELECT am.id, am.accno, am.description, am.account_type, am.category,
          gifi_accno as gifi, gifi_description, am.contra, ab.balance, am.path
     FROM acc_meta am
    INNER JOIN acc_balance ab on am.id = ab.id
$_$;


--
-- Name: prevent_closed_transactions(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.prevent_closed_transactions() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE t_end_date date;
BEGIN
SELECT max(end_date) into t_end_date FROM account_checkpoint;
IF new.transdate <= t_end_date THEN
    RAISE EXCEPTION 'Transaction entered into closed period.  Transdate: %',
                   new.transdate;
END IF;
RETURN new;
END;
$$;


--
-- Name: pricegroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pricegroup (
    id integer NOT NULL,
    pricegroup text
);


--
-- Name: TABLE pricegroup; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.pricegroup IS ' Pricegroups are groups of customers who are assigned prices and discounts
together.';


--
-- Name: pricegroup__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricegroup__list() RETURNS SETOF public.pricegroup
    LANGUAGE sql
    AS $$
SELECT * FROM pricegroup ORDER BY pricegroup;
$$;


--
-- Name: FUNCTION pricegroup__list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.pricegroup__list() IS ' Returns an alphabetically ordered pricegroup list.';


--
-- Name: pricegroup__search(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricegroup__search(in_pricegroup text) RETURNS SETOF public.pricegroup
    LANGUAGE sql STABLE
    AS $_$
  SELECT * FROM pricegroup
   WHERE $1 IS NULL OR pricegroup ilike $1 || '%'
ORDER BY pricegroup;
$_$;


--
-- Name: pricegroups__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricegroups__list() RETURNS SETOF public.pricegroup
    LANGUAGE sql
    AS $$
SELECT * FROM pricegroup;
$$;


--
-- Name: pricelist__delete(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricelist__delete(in_entry_id integer, in_credit_id integer) RETURNS boolean
    LANGUAGE sql
    AS $_$
delete from partscustomer where entry_id = $1 and credit_id = $2;
delete from partsvendor where entry_id = $1 and credit_id = $2;
select true;
$_$;


--
-- Name: pricelist__save(integer, integer, numeric, numeric, smallint, text, date, date, character, integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricelist__save(in_parts_id integer, in_credit_id integer, in_pricebreak numeric, in_price numeric, in_lead_time smallint, in_partnumber text, in_validfrom date, in_validto date, in_curr character, in_entry_id integer, in_qty numeric) RETURNS public.eca__pricematrix
    LANGUAGE plpgsql
    AS $$
DECLARE
   retval eca__pricematrix;
   t_insert bool;
   t_entity_class int;

BEGIN

t_insert := false;

SELECT entity_class INTO t_entity_class FROM entity_credit_account
  WHERE id = in_credit_id;

IF t_entity_class = 1 THEN -- VENDOR
    UPDATE partsvendor
       SET lastcost = in_price,
           leadtime = in_lead_time,
           partnumber = in_partnumber,
           curr = in_curr
     WHERE credit_id = in_credit_id AND entry_id = in_entry_id;

    IF NOT FOUND THEN
        INSERT INTO partsvendor
               (parts_id, credit_id, lastcost, leadtime, partnumber, curr)
        VALUES (in_parts_id, in_credit_id, in_price, in_leadtime::int2,
               in_partnumber, in_curr);
    END IF;

    SELECT pv.parts_id, p.partnumber, p.description, pv.credit_id, NULL, NULL,
           pv.lastcost, pv.leadtime::int, pv.partnumber, NULL, NULL, pv.curr,
           pv.entry_id
      INTO retval
      FROM partsvendor pv
      JOIN parts p ON p.id = pv.parts_id
     WHERE parts_id = in_parts_id and credit_id = in_credit_id;

    RETURN retval;

ELSIF t_entity_class = 2 THEN -- CUSTOMER
    UPDATE partscustomer
       SET pricebreak = in_pricebreak,
           sellprice  = in_price,
           validfrom  = in_validfrom,
           validto    = in_validto,
           qty        = in_qty,
           curr       = in_curr
     WHERE entry_id = in_entry_id and credit_id = in_credit_id;

    IF NOT FOUND THEN
        INSERT INTO partscustomer
               (parts_id, credit_id, sellprice, validfrom, validto, curr, qty)
        VALUES (in_parts_id, in_credit_id, in_price, in_validfrom, in_validto,
                in_curr, in_qty);

        t_insert := true;
    END IF;

    SELECT pc.parts_id, p.partnumber, p.description, pc.credit_id,
           pc.pricebreak, pc.sellprice, NULL, NULL, NULL, pc.validfrom,
           pc.validto, pc.curr, pc.entry_id, qty
      INTO retval
      FROM partscustomer pc
      JOIN parts p on pc.parts_id = p.id
     WHERE entry_id = CASE WHEN t_insert
                           THEN currval('partscustomer_entry_id_seq')
                           ELSE in_entry_id
                      END;

    RETURN retval;

ELSE

RAISE EXCEPTION 'No valid entity credit account found';

END IF;
END;
$$;


--
-- Name: partscustomer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partscustomer (
    parts_id integer,
    credit_id integer,
    pricegroup_id integer,
    pricebreak numeric,
    sellprice numeric,
    validfrom date,
    validto date,
    curr character(3),
    entry_id integer NOT NULL,
    qty numeric DEFAULT 0
);


--
-- Name: TABLE partscustomer; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.partscustomer IS ' Tracks per-customer pricing.  Discounts can be offered for periods of time
and for pricegroups as well as per customer';


--
-- Name: pricematrix__for_customer(integer, integer, date, numeric, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricematrix__for_customer(in_credit_id integer, in_parts_id integer, in_transdate date, in_qty numeric, in_currency text) RETURNS SETOF public.partscustomer
    LANGUAGE sql
    AS $$
   SELECT p.*
     FROM partscustomer p
     JOIN entity_credit_account eca ON eca.id = in_credit_id
LEFT JOIN pricegroup pg ON eca.pricegroup_id = pg.id
    WHERE p.parts_id = in_parts_id
        AND coalesce(p.validfrom, in_transdate) <=
            in_transdate
        AND coalesce(p.validto, in_transdate) >=
            in_transdate
        AND (p.credit_id = eca.id OR p.pricegroup_id = pg.id
             OR (p.credit_id is null and p.pricegroup_id is null))
        AND coalesce(qty, 0) <= coalesce(in_qty, 0)
        AND coalesce(p.curr, defaults_get_defaultcurrency()) =
            coalesce(in_currency, defaults_get_defaultcurrency())
  ORDER BY case WHEN p.credit_id = eca.id THEN 1
                WHEN p.pricegroup_id = pg.id THEN 2
                ELSE 3
            end asc, qty desc;

$$;


--
-- Name: partsvendor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partsvendor (
    credit_id integer NOT NULL,
    parts_id integer,
    partnumber text,
    leadtime smallint,
    lastcost numeric,
    curr character(3),
    entry_id integer NOT NULL
);


--
-- Name: TABLE partsvendor; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.partsvendor IS ' Tracks vendor''s pricing, as well as vendor''s part number, lead time
required and currency.';


--
-- Name: pricematrix__for_vendor(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.pricematrix__for_vendor(in_credit_id integer, in_parts_id integer) RETURNS SETOF public.partsvendor
    LANGUAGE sql
    AS $$
SELECT *
  FROM partsvendor
 WHERE parts_id = in_parts_id
       AND credit_id = in_credit_id;
$$;


--
-- Name: quote_ident_array(text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_ident_array(text[]) RETURNS text[]
    LANGUAGE sql
    AS $_$
   SELECT array_agg(quote_ident(e))
     FROM unnest($1) e;
$_$;


--
-- Name: reconciliation__account_list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__account_list() RETURNS SETOF public.recon_accounts
    LANGUAGE sql
    AS $$
    SELECT DISTINCT
        coa.accno || ' ' || coa.description as name,
        coa.accno, coa.id as id
    FROM account coa
         JOIN cr_coa_to_account cta ON cta.chart_id = coa.id
    ORDER BY coa.accno;
$$;


--
-- Name: FUNCTION reconciliation__account_list(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__account_list() IS ' returns set of accounts set up for reconciliation.  Currently we pull the
account number and description from the account table.';


--
-- Name: reconciliation__add_entry(integer, text, text, timestamp without time zone, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__add_entry(in_report_id integer, in_scn text, in_type text, in_date timestamp without time zone, in_amount numeric) RETURNS integer
    LANGUAGE plpgsql
    AS $_$

    DECLARE
        in_account int;
        la RECORD;
        t_errorcode INT;
        our_value NUMERIC;
        lid INT;
        in_count int;
        t_scn TEXT;
        t_uid int;
        t_prefix text;
        t_amount numeric;
    BEGIN
        SELECT CASE WHEN a.category in ('A', 'E') THEN in_amount * -1
                                                  ELSE in_amount
               END into t_amount
          FROM cr_report r JOIN account a ON r.chart_id = a.id
         WHERE r.id = in_report_id;

        SELECT value into t_prefix FROM defaults WHERE setting_key = 'check_prefix';

        t_uid := person__get_my_entity_id();
        IF t_uid IS NULL THEN
                t_uid = robot__get_my_entity_id();
        END IF;
        IF in_scn = '' THEN
                t_scn := NULL;
        ELSIF in_scn !~ '^[0-9]+$' THEN
                t_scn := in_scn;
        ELSE
                t_scn := t_prefix || in_scn;
        END IF;
        IF t_scn IS NOT NULL THEN
                -- could this be changed to update, if not found insert?
                SELECT count(*) INTO in_count FROM cr_report_line
                WHERE scn ilike t_scn AND report_id = in_report_id
                        AND their_balance = 0 AND post_date = in_date;

                IF in_count = 0 THEN
                        -- YLA - Where does our_balance comes from?
                        INSERT INTO cr_report_line
                        (report_id, scn, their_balance, our_balance, clear_time,
                                "user", trans_type)
                        VALUES
                        (in_report_id, t_scn, t_amount, 0, in_date, t_uid,
                                in_type)
                        RETURNING id INTO lid;
                ELSIF in_count = 1 THEN
                        SELECT id INTO lid
                        WHERE t_scn = scn AND report_id = in_report_id
                                AND their_balance = 0 AND post_date = in_date;
                        UPDATE cr_report_line
                        SET their_balance = t_amount, clear_time = in_date,
                                cleared = true
                        WHERE id = lid;
                ELSE
                        SELECT count(*) INTO in_count FROM cr_report_line
                        WHERE t_scn ilike scn AND report_id = in_report_id
                                AND our_value = t_amount and their_balance = 0
                                AND post_date = in_date;

                        IF in_count = 0 THEN -- no match among many of values
                                SELECT id INTO lid FROM cr_report_line
                                WHERE t_scn ilike scn
                                      AND report_id = in_report_id
                                      AND post_date = in_date
                                ORDER BY our_balance ASC limit 1;

                                UPDATE cr_report_line
                                SET their_balance = t_amount,
                                        clear_time = in_date,
                                        trans_type = in_type,
                                        cleared = true
                                WHERE id = lid;

                        ELSIF in_count = 1 THEN -- EXECT MATCH
                                SELECT id INTO lid FROM cr_report_line
                                WHERE t_scn = scn AND report_id = in_report_id
                                        AND our_value = t_amount
                                        AND their_balance = 0
                                        AND post_date = in_date;
                                UPDATE cr_report_line
                                SET their_balance = t_amount,
                                        trans_type = in_type,
                                        clear_time = in_date,
                                        cleared = true
                                WHERE id = lid;
                        ELSE -- More than one match
                                SELECT id INTO lid FROM cr_report_line
                                WHERE t_scn ilike scn AND report_id = in_report_id
                                        AND our_value = t_amount
                                        AND post_date = in_date
                                ORDER BY id ASC limit 1;

                                UPDATE cr_report_line
                                SET their_balance = t_amount,
                                        trans_type = in_type,
                                        cleared = true,
                                        clear_time = in_date
                                WHERE id = lid;

                        END IF;
                END IF;
        ELSE -- scn IS NULL, check on amount instead
                SELECT count(*) INTO in_count FROM cr_report_line
                WHERE report_id = in_report_id AND our_balance = t_amount
                        AND their_balance = 0 AND post_date = in_date
                        and scn NOT LIKE t_prefix || '%';

                IF in_count = 0 THEN -- no match
                        INSERT INTO cr_report_line
                        (report_id, scn, their_balance, our_balance, clear_time,
                        "user", trans_type)
                        VALUES
                        (in_report_id, t_scn, t_amount, 0, in_date, t_uid,
                        in_type)
                        RETURNING id INTO lid;
                ELSIF in_count = 1 THEN -- perfect match
                        SELECT id INTO lid
                        WHERE report_id = in_report_id
                                AND our_balance = t_amount
                                AND their_balance = 0
                                AND post_date = in_date
                                AND in_scn NOT LIKE t_prefix || '%';
                        UPDATE cr_report_line SET their_balance = t_amount,
                                        trans_type = in_type,
                                        clear_time = in_date,
                                        cleared = true
                        WHERE id = lid;
                ELSE -- more than one match
                        SELECT min(id) INTO lid FROM cr_report_line
                        WHERE report_id = in_report_id AND our_balance = t_amount
                                AND their_balance = 0 AND post_date = in_date
                                AND scn NOT LIKE t_prefix || '%'
                        LIMIT 1;

                        UPDATE cr_report_line SET their_balance = t_amount,
                                        trans_type = in_type,
                                        clear_time = in_date,
                                        cleared = true
                        WHERE id = lid;

                END IF;
        END IF;
        return lid;

    END;
$_$;


--
-- Name: FUNCTION reconciliation__add_entry(in_report_id integer, in_scn text, in_type text, in_date timestamp without time zone, in_amount numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__add_entry(in_report_id integer, in_scn text, in_type text, in_date timestamp without time zone, in_amount numeric) IS '
This function is used for automatically matching entries from an external source
like a bank-produced csv file.

This function is very sensitive to ordering of inputs.  NULL or empty in_scn values MUST be submitted after meaningful scns.  It is also highly recommended
that within each category, one submits in order of amount.  We should therefore
wrap it in another function which can operate on a set, perhaps in 1.4....
It returns the ID of the inserted/updated entry';


--
-- Name: defaults; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.defaults (
    setting_key text NOT NULL,
    value text,
    CONSTRAINT defaults_password_duration_check CHECK (((setting_key <> 'password_duration'::text) OR (value IS NULL) OR (value = ''::text) OR ((value ~ '^([0-9]+[.]?[0-9]*|[.][0-9]+)$'::text) AND ((value)::numeric > (0)::numeric) AND ((value)::numeric < (3654)::numeric))))
);


--
-- Name: TABLE defaults; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.defaults IS '  This is a free-form table for managing application settings per company
database.  We use key-value modelling here because this most accurately maps
the actual semantics of the data.
';


--
-- Name: reconciliation__check(date, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__check(in_end_date date, in_chart_id integer) RETURNS SETOF public.defaults
    LANGUAGE sql
    AS $_$
WITH unapproved_tx as (
     SELECT 'unapproved_transactions'::text, sum(c)::text
       FROM (SELECT count(*) as c FROM ar
              WHERE approved IS FALSE AND transdate <= $1
      UNION  SELECT count(*) as c FROM ap
              WHERE approved IS FALSE AND transdate <= $1
      UNION  SELECT count(*) FROM gl
              WHERE approved IS FALSE AND transdate <= $1
      UNION  SELECT count(DISTINCT source) FROM acc_trans
              WHERE approved IS FALSE AND transdate <= $1 AND chart_id = $2
            ) tx
),
     unapproved_cr as (
     SELECT 'unapproved_reports'::text, count(*)::text
       FROM cr_report
      WHERE end_date < $1 AND approved IS NOT TRUE AND chart_id = $2
)
SELECT * FROM unapproved_tx
UNION SELECT * FROM unapproved_cr;
$_$;


--
-- Name: FUNCTION reconciliation__check(in_end_date date, in_chart_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__check(in_end_date date, in_chart_id integer) IS 'Checks whether there are unapproved transactions on or before the end date
and unapproved reports before the end date provided.

Note that the check for unapproved transactions should include the end date,
because having unapproved transactions on the end date influences the outcome
of the balance to be verified by a report.

Also note that the unapproved reports check can''t include the end date,
because that would mean that if a report were in progress while this function
is being called, that report would be included in the count.
';


--
-- Name: reconciliation__delete_my_report(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__delete_my_report(in_report_id integer) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    AS $$
    DELETE FROM cr_report_line
     WHERE report_id = in_report_id
           AND report_id IN (SELECT id FROM cr_report
                              WHERE entered_username = SESSION_USER
                                    AND submitted IS NOT TRUE
                                    and approved IS NOT TRUE);
    DELETE FROM cr_report
     WHERE id = in_report_id AND entered_username = SESSION_USER
           AND submitted IS NOT TRUE AND approved IS NOT TRUE
    RETURNING TRUE;
$$;


--
-- Name: FUNCTION reconciliation__delete_my_report(in_report_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__delete_my_report(in_report_id integer) IS 'This function allows a user to delete his or her own unsubmitted, unapproved
reconciliation reports only.  This is designed to allow a user to back out of
the reconciliation process without cluttering up the search results for others.
';


--
-- Name: reconciliation__delete_unapproved(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__delete_unapproved(in_report_id integer) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    AS $$
    DELETE FROM cr_report_line
     WHERE report_id = in_report_id
           AND report_id IN (SELECT id FROM cr_report
                              WHERE approved IS NOT TRUE);
    DELETE FROM cr_report
     WHERE id = in_report_id AND approved IS NOT TRUE
    RETURNING TRUE;
$$;


--
-- Name: FUNCTION reconciliation__delete_unapproved(in_report_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__delete_unapproved(in_report_id integer) IS 'This function deletes any specified unapproved transaction.';


--
-- Name: reconciliation__get_cleared_balance(integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__get_cleared_balance(in_chart_id integer, in_report_date date DEFAULT date_trunc('second'::text, now())) RETURNS numeric
    LANGUAGE sql
    AS $_$
    SELECT sum(ac.amount) * CASE WHEN c.category in('A', 'E') THEN -1 ELSE 1 END
        FROM account c
        JOIN acc_trans ac ON (ac.chart_id = c.id)
    JOIN (      SELECT id FROM ar WHERE approved
          UNION SELECT id FROM ap WHERE approved
          UNION SELECT id FROM gl WHERE approved
          ) g ON g.id = ac.trans_id
    WHERE c.id = $1 AND cleared
      AND ac.approved IS true
      AND ac.transdate <= in_report_date
    GROUP BY c.id, c.category;
$_$;


--
-- Name: FUNCTION reconciliation__get_cleared_balance(in_chart_id integer, in_report_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__get_cleared_balance(in_chart_id integer, in_report_date date) IS ' Gets the cleared balance of the account specified by chart_id, as of in_report_date.
This is specified in normal format (i.e. positive numbers for debits for asset
and espense accounts, and positive numbers for credits in other accounts

Note that currently contra accounts will show negative balances.';


--
-- Name: reconciliation__get_current_balance(integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__get_current_balance(in_account_id integer, in_date date) RETURNS numeric
    LANGUAGE sql
    AS $$
        SELECT CASE WHEN (select category FROM account WHERE id = in_account_id)
                        IN ('A', 'E') THEN sum(a.amount) * -1
                ELSE sum(a.amount) END
        FROM acc_trans a
        JOIN (
                SELECT id FROM ar
                WHERE approved is true
                UNION
                SELECT id FROM ap
                WHERE approved is true
                UNION
                SELECT id FROM gl
                WHERE approved is true
        ) gl ON a.trans_id = gl.id
        WHERE a.approved IS TRUE
                AND a.chart_id = in_account_id
                AND a.transdate <= in_date;

$$;


--
-- Name: FUNCTION reconciliation__get_current_balance(in_account_id integer, in_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__get_current_balance(in_account_id integer, in_date date) IS ' Gets the current balance of all approved transactions against a specific
account.  For asset and expense accounts this is the debit balance, for others
this is the credit balance.';


--
-- Name: reconciliation__new_report_id(integer, numeric, date, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__new_report_id(in_chart_id integer, in_total numeric, in_end_date date, in_recon_fx boolean) RETURNS integer
    LANGUAGE sql
    AS $_$

    INSERT INTO cr_report(chart_id, their_total, end_date, recon_fx)
    values ($1, $2, $3, $4);
    SELECT currval('cr_report_id_seq')::int;

$_$;


--
-- Name: FUNCTION reconciliation__new_report_id(in_chart_id integer, in_total numeric, in_end_date date, in_recon_fx boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__new_report_id(in_chart_id integer, in_total numeric, in_end_date date, in_recon_fx boolean) IS ' Inserts creates a new report and returns the id.';


--
-- Name: reconciliation__pending_transactions(integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__pending_transactions(in_report_id integer, in_their_total numeric) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        gl_row RECORD;
        t_recon_fx BOOL;
        t_chart_id integer;
        t_end_date date;
    BEGIN
       SELECT end_date, recon_fx, chart_id
         INTO t_end_date, t_recon_fx, t_chart_id
         FROM cr_report
        WHERE id = in_report_id;

        INSERT INTO cr_report_line (report_id, scn, their_balance,
                our_balance, "user", voucher_id, ledger_id, post_date)
        SELECT in_report_id,
               CASE WHEN ac.source IS NULL OR ac.source = ''
                    THEN gl.ref
                    ELSE ac.source END,
               0,
               sum(amount / CASE WHEN t_recon_fx IS NOT TRUE OR gl.table = 'gl'
                                 THEN 1
                                 WHEN t_recon_fx and gl.table = 'ap'
                                 THEN ex.sell
                                 WHEN t_recon_fx and gl.table = 'ar'
                                 THEN ex.buy
                            END) AS amount,
                        (select entity_id from users
                        where username = CURRENT_USER),
                ac.voucher_id, min(ac.entry_id), ac.transdate
        FROM acc_trans ac
        JOIN transactions t on (ac.trans_id = t.id)
        JOIN (select id, entity_credit_account::text as ref, curr,
                     transdate, 'ar' as table
                FROM ar where approved
                UNION
              select id, entity_credit_account::text, curr,
                     transdate, 'ap' as table
                FROM ap WHERE approved
                UNION
              select id, reference, '',
                     transdate, 'gl' as table
                FROM gl WHERE approved) gl
                ON (gl.table = t.table_name AND gl.id = t.id)
        LEFT JOIN cr_report_line rl ON (rl.report_id = in_report_id
                AND ((rl.ledger_id = ac.entry_id
                        AND ac.voucher_id IS NULL)
                        OR (rl.voucher_id = ac.voucher_id)))
        LEFT JOIN cr_report r ON r.id = in_report_id
        LEFT JOIN exchangerate ex ON gl.transdate = ex.transdate
        WHERE ac.cleared IS FALSE
                AND ac.approved IS TRUE
                AND ac.chart_id = t_chart_id
                AND ac.transdate <= t_end_date
                AND (t_recon_fx is not true
                     OR (t_recon_fx is true
                         AND (gl.table <> 'gl'
                              OR ac.fx_transaction IS TRUE)))
        GROUP BY gl.ref, ac.source, ac.transdate,
                ac.memo, ac.voucher_id, gl.table,
                case when gl.table = 'gl' then gl.id else 1 end
        HAVING count(rl.id) = 0;

        UPDATE cr_report set updated = date_trunc('second', now()),
                their_total = coalesce(in_their_total, their_total)
        where id = in_report_id;

    RETURN in_report_id;
    END;
$$;


--
-- Name: FUNCTION reconciliation__pending_transactions(in_report_id integer, in_their_total numeric); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__pending_transactions(in_report_id integer, in_their_total numeric) IS 'Ensures that the list of pending transactions in the report is up to date. ';


--
-- Name: cr_report; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cr_report (
    id bigint NOT NULL,
    chart_id integer NOT NULL,
    their_total numeric NOT NULL,
    approved boolean DEFAULT false NOT NULL,
    submitted boolean DEFAULT false NOT NULL,
    end_date date DEFAULT now() NOT NULL,
    updated timestamp without time zone DEFAULT now() NOT NULL,
    entered_by integer DEFAULT public.person__get_my_entity_id() NOT NULL,
    entered_username text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    deleted_by integer,
    approved_by integer,
    approved_username text,
    recon_fx boolean DEFAULT false,
    max_ac_id integer,
    CONSTRAINT cr_report_check CHECK (((deleted IS NOT TRUE) OR (approved IS NOT TRUE)))
);


--
-- Name: TABLE cr_report; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.cr_report IS 'This table holds header data for cash reports.';


--
-- Name: reconciliation__previous_report_date(integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__previous_report_date(in_chart_id integer, in_end_date date) RETURNS SETOF public.cr_report
    LANGUAGE sql
    AS $$
                SELECT r.* FROM cr_report r
                  JOIN account c ON r.chart_id = c.id
                 WHERE in_end_date > end_date
                   AND in_chart_id = chart_id
                   AND submitted
                   AND NOT r.deleted
                 ORDER BY end_date DESC
                 LIMIT 1
$$;


--
-- Name: FUNCTION reconciliation__previous_report_date(in_chart_id integer, in_end_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__previous_report_date(in_chart_id integer, in_end_date date) IS ' Returns the submitted reconciliation report before in_end_date
for the in_chart_id account
';


--
-- Name: reconciliation__reject_set(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__reject_set(in_report_id integer) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    AS $$
     UPDATE cr_report set submitted = false
      WHERE id = in_report_id
            AND approved is not true
     RETURNING true;
$$;


--
-- Name: reconciliation__report_approve(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__report_approve(in_report_id integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $_$

    -- Does some basic checks before allowing the approval to go through;
    -- moves the approval to "cr_report_line", I guess, or some other "final" table.
    --
    -- Pending may just be a single flag in the database to mark that it is
    -- not finalized. Will need to discuss with Chris.

    DECLARE
        current_row RECORD;
        completed cr_report_line;
        total_errors INT;
        in_user TEXT;
        ac_entries int[];
    BEGIN
        in_user := current_user;

        -- so far, so good. Different user, and no errors remain. Therefore,
        -- we can move it to completed reports.
        --
        -- User may not be necessary - I would think it better to use the
        -- in_user, to note who approved the report, than the user who
        -- filed it. This may require clunkier syntax..

        --
        ac_entries := '{}';
        UPDATE cr_report SET approved = 't',
                approved_by = person__get_my_entity_id(),
                approved_username = SESSION_USER
        WHERE id = in_report_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'No report at %.', $1;
        END IF;

        FOR current_row IN
                SELECT compound_array(entries) AS entries FROM (
                        select as_array(ac.entry_id) as entries
                FROM acc_trans ac
                JOIN transactions t on (ac.trans_id = t.id)
                JOIN (select id, entity_credit_account::text as ref, 'ar' as table FROM ar
                UNION select id, entity_credit_account::text,        'ap' as table FROM ap
                UNION select id, reference, 'gl' as table FROM gl) gl
                        ON (gl.table = t.table_name AND gl.id = t.id)
                LEFT JOIN cr_report_line rl ON (rl.report_id = in_report_id
                        AND ((rl.ledger_id = ac.entry_id
                                AND ac.voucher_id IS NULL)
                                OR (rl.voucher_id = ac.voucher_id)) and rl.cleared is true)
                WHERE ac.cleared IS FALSE
                        AND ac.chart_id = (select chart_id from cr_report where id = in_report_id)
                GROUP BY gl.ref, ac.source, ac.transdate,
                        ac.memo, ac.voucher_id, gl.table
                HAVING count(rl.report_id) > 0) a
        LOOP
                ac_entries := ac_entries || current_row.entries;
        END LOOP;

        UPDATE acc_trans SET cleared = TRUE
        WHERE entry_id = any(ac_entries);

        return 1;
    END;

$_$;


--
-- Name: FUNCTION reconciliation__report_approve(in_report_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__report_approve(in_report_id integer) IS 'Marks the report approved and marks all cleared transactions in it cleared.';


--
-- Name: cr_report_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cr_report_line (
    id bigint NOT NULL,
    report_id integer NOT NULL,
    scn text,
    their_balance numeric,
    our_balance numeric,
    errorcode integer,
    "user" integer NOT NULL,
    clear_time date,
    insert_time timestamp with time zone DEFAULT now() NOT NULL,
    trans_type text,
    post_date date,
    ledger_id integer,
    voucher_id integer,
    overlook boolean DEFAULT false NOT NULL,
    cleared boolean DEFAULT false NOT NULL
);


--
-- Name: TABLE cr_report_line; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.cr_report_line IS ' This stores line item data on transaction lines and whether they are
cleared.';


--
-- Name: COLUMN cr_report_line.scn; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cr_report_line.scn IS ' This is the check number.  Maps to gl.reference ';


--
-- Name: reconciliation__report_details(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__report_details(in_report_id integer) RETURNS SETOF public.cr_report_line
    LANGUAGE sql
    AS $$

                select * from cr_report_line where report_id = in_report_id
                order by scn, post_date
$$;


--
-- Name: FUNCTION reconciliation__report_details(in_report_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__report_details(in_report_id integer) IS ' Returns the details of the report. ';


--
-- Name: recon_payee; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.recon_payee AS
 SELECT n.name AS payee,
    rr.id,
    rr.report_id,
    rr.scn,
    rr.their_balance,
    rr.our_balance,
    rr.errorcode,
    rr."user",
    rr.clear_time,
    rr.insert_time,
    rr.trans_type,
    rr.post_date,
    rr.ledger_id,
    ac.voucher_id,
    rr.overlook,
    rr.cleared
   FROM (((public.cr_report_line rr
     LEFT JOIN public.acc_trans ac ON ((rr.ledger_id = ac.entry_id)))
     LEFT JOIN public.gl ON ((ac.trans_id = gl.id)))
     LEFT JOIN ( SELECT ap.id,
            e.name
           FROM ((public.ap
             JOIN public.entity_credit_account eca ON ((ap.entity_credit_account = eca.id)))
             JOIN public.entity e ON ((eca.entity_id = e.id)))
        UNION
         SELECT ar.id,
            e.name
           FROM ((public.ar
             JOIN public.entity_credit_account eca ON ((ar.entity_credit_account = eca.id)))
             JOIN public.entity e ON ((eca.entity_id = e.id)))
        UNION
         SELECT gl_1.id,
            gl_1.description
           FROM public.gl gl_1) n ON ((n.id = ac.trans_id)));


--
-- Name: reconciliation__report_details_payee(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__report_details_payee(in_report_id integer) RETURNS SETOF public.recon_payee
    LANGUAGE sql
    AS $$
                select * from recon_payee where report_id = in_report_id
                order by scn, post_date
$$;


--
-- Name: reconciliation__report_details_payee_with_days(integer, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__report_details_payee_with_days(in_report_id integer, in_end_date date DEFAULT NULL::date) RETURNS SETOF public.recon_payee_days
    LANGUAGE plpgsql
    AS $$
BEGIN
            RETURN QUERY
                SELECT rp.id,
                        CASE WHEN in_end_date IS NULL THEN NULL
                        ELSE      in_end_date - clear_time
                        END AS d
                FROM recon_payee rp
                WHERE rp.report_id = in_report_id;

RETURN;
END;$$;


--
-- Name: FUNCTION reconciliation__report_details_payee_with_days(in_report_id integer, in_end_date date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__report_details_payee_with_days(in_report_id integer, in_end_date date) IS ' Pulls the payee information for the reconciliation report.';


--
-- Name: reconciliation__report_summary(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__report_summary(in_report_id integer) RETURNS public.cr_report
    LANGUAGE sql
    AS $$
        select * from cr_report where id = in_report_id;
$$;


--
-- Name: reconciliation__save_set(integer, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__save_set(in_report_id integer, in_line_ids integer[]) RETURNS boolean
    LANGUAGE sql
    AS $$
        UPDATE cr_report_line SET cleared = false
        WHERE report_id = in_report_id;

        UPDATE cr_report_line SET cleared = true
        WHERE report_id = in_report_id AND id = ANY(in_line_ids)
        RETURNING TRUE;
$$;


--
-- Name: FUNCTION reconciliation__save_set(in_report_id integer, in_line_ids integer[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__save_set(in_report_id integer, in_line_ids integer[]) IS 'Sets which lines of the report are cleared.';


--
-- Name: reconciliation__search(date, date, numeric, numeric, integer, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__search(in_date_from date, in_date_to date, in_balance_from numeric, in_balance_to numeric, in_account_id integer, in_submitted boolean, in_approved boolean) RETURNS SETOF public.cr_report
    LANGUAGE sql
    AS $$
                SELECT r.* FROM cr_report r
                JOIN account c ON (r.chart_id = c.id)
                WHERE
                        (in_date_from IS NULL OR in_date_from <= end_date) and
                        (in_date_to IS NULL OR in_date_to >= end_date) AND
                        (in_balance_from IS NULL
                                or in_balance_from <= their_total ) AND
                        (in_balance_to IS NULL
                                OR in_balance_to >= their_total) AND
                        (in_account_id IS NULL OR in_account_id = chart_id) AND
                        (in_submitted IS NULL or in_submitted = submitted) AND
                        (in_approved IS NULL OR in_approved = approved) AND
                        (r.deleted IS FALSE)
                ORDER BY c.accno, end_date, their_total
$$;


--
-- Name: FUNCTION reconciliation__search(in_date_from date, in_date_to date, in_balance_from numeric, in_balance_to numeric, in_account_id integer, in_submitted boolean, in_approved boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__search(in_date_from date, in_date_to date, in_balance_from numeric, in_balance_to numeric, in_account_id integer, in_submitted boolean, in_approved boolean) IS ' Searches for reconciliation reports.
NULLs match all values.
in_date_to and in_date_from give a range of reports.  All other inputs are
exact matches.
';


--
-- Name: reconciliation__submit_set(integer, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.reconciliation__submit_set(in_report_id integer, in_line_ids integer[]) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        UPDATE cr_report set submitted = true where id = in_report_id;
        PERFORM reconciliation__save_set(in_report_id, in_line_ids);

        RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION reconciliation__submit_set(in_report_id integer, in_line_ids integer[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.reconciliation__submit_set(in_report_id integer, in_line_ids integer[]) IS 'Submits a reconciliation report for approval.
in_line_ids is used to specify which report lines are cleared, finalizing the
report.';


--
-- Name: report__aa_outstanding(integer, integer, text, text, integer, integer[], text, boolean, date, date, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__aa_outstanding(in_entity_class integer, in_account_id integer, in_entity_name text, in_meta_number text, in_employee_id integer, in_business_units integer[], in_ship_via text, in_on_hold boolean, in_from_date date, in_to_date date, in_partnumber text, in_parts_id integer) RETURNS SETOF public.aa_transactions_line
    LANGUAGE sql
    AS $_$

SELECT null::int as id, null::bool as invoice, entity_id, meta_number,
       entity_name, null::date as transdate, count(*)::text as invnumber,
       null::text as ordnumber, null::text as ponumber, curr,
       sum(amount) as amount, sum(netamount) as netamount, sum(tax) as tax,
       sum(paid) as paid, sum(due) as due, max(last_payment) as last_payment,
       null::date as duedate, null::text as notes, null::text as till,
       null::text as salesperson, null::text as manager,
       null::text as shipping_point, null::text as ship_via,
       null::text[] as business_units
  FROM report__aa_outstanding_details($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
    $11, $12)
 GROUP BY meta_number, entity_name, entity_id, curr;

$_$;


--
-- Name: report__aa_outstanding_details(integer, integer, text, text, integer, integer[], text, boolean, date, date, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__aa_outstanding_details(in_entity_class integer, in_account_id integer, in_entity_name text, in_meta_number text, in_employee_id integer, in_business_units integer[], in_ship_via text, in_on_hold boolean, in_from_date date, in_to_date date, in_partnumber text, in_parts_id integer) RETURNS SETOF public.aa_transactions_line
    LANGUAGE sql
    AS $$

SELECT a.id, a.invoice, eeca.id, eca.meta_number, eeca.name, a.transdate,
       a.invnumber, a.ordnumber, a.ponumber, a.curr, a.amount, a.netamount,
       a.amount - a.netamount as tax,
       a.amount - p.due as paid, p.due, p.last_payment, a.duedate, a.notes,
       a.till, ee.name, me.name, a.shippingpoint, a.shipvia,
       '{}'::text[] as business_units -- TODO
  FROM (select id, transdate, invnumber, curr, amount, netamount, duedate, notes,
               till, person_id, entity_credit_account, invoice, shippingpoint,
               shipvia, ordnumber, ponumber, description, on_hold, force_closed
          FROM ar
         WHERE in_entity_class = 2 and approved
         UNION
        SELECT id, transdate, invnumber, curr, amount, netamount, duedate, notes,
               null, person_id, entity_credit_account, invoice, shippingpoint,
               shipvia, ordnumber, ponumber, description, on_hold, force_closed
          FROM ap
         WHERE in_entity_class = 1 and approved) a
  LEFT
  JOIN (SELECT trans_id, sum(amount) *
               CASE WHEN in_entity_class = 1 THEN 1 ELSE -1 END AS due,
               max(transdate) as last_payment
          FROM acc_trans ac
          JOIN account_link al ON ac.chart_id = al.account_id
         WHERE approved AND al.description IN ('AR', 'AP')
               AND (in_to_date is null or transdate <= in_to_date)
      GROUP BY trans_id) p ON p.trans_id = a.id
  JOIN entity_credit_account eca ON a.entity_credit_account = eca.id
  JOIN entity eeca ON eca.entity_id = eeca.id
  LEFT
  JOIN entity_employee ON entity_employee.entity_id = a.person_id
  LEFT
  JOIN entity ee ON entity_employee.entity_id = ee.id
  LEFT
  JOIN entity me ON entity_employee.manager_id = me.id
 WHERE (in_account_id IS NULL
          OR EXISTS (select 1 FROM acc_trans
                      WHERE trans_id = a.id and chart_id = in_account_id))
       AND (in_entity_name IS NULL
           OR eeca.name @@ plainto_tsquery(in_entity_name)
           OR eeca.name ilike '%' || in_entity_name || '%')
       AND (in_meta_number IS NULL
          OR eca.meta_number ilike in_meta_number || '%')
       AND (in_employee_id IS NULL OR ee.id = in_employee_id)
       AND (in_ship_via IS NULL
          OR a.shipvia @@ plainto_tsquery(in_ship_via))
       AND (in_on_hold IS NULL OR in_on_hold = a.on_hold)
       AND (in_from_date IS NULL OR a.transdate >= in_from_date)
       AND (in_to_date IS NULL OR a.transdate <= in_to_date)
       AND p.due::numeric(100,2) <> 0
       AND a.force_closed IS NOT TRUE
       AND (in_partnumber IS NULL
          OR EXISTS(SELECT 1 FROM invoice inv
                      JOIN parts ON inv.parts_id = parts.id
                     WHERE inv.trans_id = a.id))
       AND (in_parts_id IS NULL
          OR EXISTS (select 1 FROM invoice
                      WHERE parts_id = in_parts_id AND trans_id = a.id))

$$;


--
-- Name: report__aa_transactions(integer, integer, text, text, integer, integer, text, text, text, text, text, text, text, date, date, boolean, boolean, integer, boolean, boolean, boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__aa_transactions(in_entity_class integer, in_account_id integer, in_entity_name text, in_meta_number text, in_employee_id integer, in_manager_id integer, in_invnumber text, in_ordnumber text, in_ponumber text, in_source text, in_description text, in_notes text, in_shipvia text, in_from_date date, in_to_date date, in_on_hold boolean, in_taxable boolean, in_tax_account_id integer, in_open boolean, in_closed boolean, in_approved boolean, in_partnumber text) RETURNS SETOF public.aa_transactions_line
    LANGUAGE sql
    AS $$

SELECT a.id, a.invoice, eeca.id, eca.meta_number, eeca.name,
       a.transdate, a.invnumber, a.ordnumber, a.ponumber, a.curr,
       a.amount, a.netamount,
       a.amount - a.netamount as tax, a.amount - p.due, p.due, p.last_payment,
       a.duedate, a.notes,
       a.till, eee.name as employee, mee.name as manager, a.shippingpoint,
       a.shipvia, '{}'::text[]

  FROM (select id, transdate, invnumber, curr, amount, netamount, duedate, notes,
               till, person_id, entity_credit_account, invoice, shippingpoint,
               shipvia, ordnumber, ponumber, description, on_hold, force_closed
          FROM ar
         WHERE in_entity_class = 2
               and (in_approved is null or (in_approved = approved))
         UNION
        SELECT id, transdate, invnumber, curr, amount, netamount, duedate, notes,
               null, person_id, entity_credit_account, invoice, shippingpoint,
               shipvia, ordnumber, ponumber, description, on_hold, force_closed
          FROM ap
         WHERE in_entity_class = 1
               and (in_approved is null or (in_approved = approved))) a
  LEFT
  JOIN (select sum(amount) * case when in_entity_class = 1 THEN 1 ELSE -1 END
               as due, trans_id, max(transdate) as last_payment
          FROM acc_trans ac
          JOIN account_link l ON ac.chart_id = l.account_id
         WHERE l.description IN ('AR', 'AP')
      GROUP BY ac.trans_id
       ) p ON p.trans_id = a.id
  LEFT
  JOIN entity_employee ee ON ee.entity_id = a.person_id
  LEFT
  JOIN entity eee ON eee.id = ee.entity_id
  JOIN entity_credit_account eca ON a.entity_credit_account = eca.id
  JOIN entity eeca ON eca.entity_id = eeca.id
  LEFT
  JOIN entity mee ON ee.manager_id = mee.id
 WHERE (in_account_id IS NULL OR
       EXISTS (select * from acc_trans
               where trans_id = a.id AND chart_id = in_account_id))
       AND (in_entity_name IS NULL
           OR eeca.name ilike '%' || in_entity_name || '%'
           OR eeca.name @@ plainto_tsquery(in_entity_name))
       AND (in_meta_number IS NULL OR eca.meta_number ilike in_meta_number)
       AND (in_employee_id = ee.entity_id OR in_employee_id IS NULL)
       AND (in_manager_id = mee.id OR in_manager_id IS NULL)
       AND (a.invnumber ilike in_invnumber || '%' OR in_invnumber IS NULL)
       AND (a.ordnumber ilike in_ordnumber || '%' OR in_ordnumber IS NULL)
       AND (a.ponumber ilike in_ponumber || '%' OR in_ponumber IS NULL)
       AND (in_source IS NULL OR
           EXISTS (
              SELECT * from acc_trans where trans_id = a.id
                     AND source ilike in_source || '%'
           ))
       AND (in_description IS NULL
              OR a.description @@ plainto_tsquery(in_description))
       AND (in_notes IS NULL OR a.notes @@ plainto_tsquery(in_notes))
       AND (in_shipvia IS NULL OR a.shipvia @@ plainto_tsquery(in_shipvia))
       AND (in_from_date IS NULL OR a.transdate >= in_from_date)
       AND (in_to_date IS NULL OR a.transdate <= in_to_date)
       AND (in_on_hold IS NULL OR in_on_hold = a.on_hold)
       AND (in_taxable IS NULL
            OR (in_taxable
              AND (in_tax_account_id IS NULL
                 OR EXISTS (SELECT 1 FROM acc_trans
                             WHERE trans_id = a.id
                                   AND chart_id = in_tax_account_id)
            ))
            OR (NOT in_taxable
                  AND NOT EXISTS (SELECT 1
                                    FROM acc_trans ac
                                    JOIN account_link al
                                      ON al.account_id = ac.chart_id
                                   WHERE ac.trans_id = a.id
                                         AND al.description ilike '%tax'))
            )
            AND ( -- open/closed handling
              (in_open IS TRUE AND ( a.force_closed IS NOT TRUE AND
                 abs(p.due) > 0.005))                  -- threshold due to
                                                       -- impossibility to
                                                       -- collect below -CT
               OR (in_closed IS TRUE AND ( a.force_closed IS NOT TRUE AND
                 abs(p.due) > 0.005) IS NOT TRUE)
            )
            AND  -- by partnumber
              (in_partnumber IS NULL
                 OR a.id IN (
                    select i.trans_id
                      FROM invoice i JOIN parts p ON i.parts_id = p.id
                     WHERE p.partnumber = in_partnumber));

$$;


--
-- Name: report__balance_sheet(date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__balance_sheet(in_to_date date, in_language text) RETURNS SETOF public.balance_sheet_line
    LANGUAGE sql
    AS $_$
WITH hdr_meta AS (
   SELECT aht.id, aht.accno, coalesce(at.description, aht.description) as description,
          aht.path,
          ahc.derived_category as category, 'H'::char as account_type,
          'f'::boolean as contra
     FROM account_heading_tree aht
    INNER JOIN account_heading_derived_category ahc ON aht.id = ahc.id
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation
                WHERE language_code =
                       coalesce($2,
                         (SELECT up.language
                            FROM user_preference up
                      INNER JOIN users ON up.id = users.id
                           WHERE users.username = SESSION_USER))) at
              ON aht.id = at.trans_id
     WHERE array_endswith((SELECT value::int FROM defaults
                            WHERE setting_key = 'earn_id'), aht.path)
           -- legacy (no earn_id) returns all headers
           OR (NOT aht.path @> ARRAY[(SELECT value::int FROM defaults
                                      WHERE setting_key = 'earn_id')])
),
acc_meta AS (
  SELECT a.id, a.accno, coalesce(at.description, a.description) as description,
         aht.path, a.category, 'A'::char as account_type, contra,
         a.gifi_accno, gifi.description as gifi_description
     FROM account a
    INNER JOIN account_heading_tree aht on a.heading = aht.id
     LEFT JOIN gifi ON a.gifi_accno = gifi.accno
     LEFT JOIN (SELECT trans_id, description
                  FROM account_translation
                 WHERE language_code =
                        coalesce($2,
                          (SELECT up.language
                             FROM user_preference up
                       INNER JOIN users ON up.id = users.id
                            WHERE users.username = SESSION_USER))) at
               ON a.id = at.trans_id
     WHERE array_endswith((SELECT value::int FROM defaults
                            WHERE setting_key = 'earn_id'), aht.path)
           -- legacy (no earn_id) returns all accounts; bug?
           OR (NOT aht.path @> ARRAY[(SELECT value::int FROM defaults
                                      WHERE setting_key = 'earn_id')])
),
acc_balance AS (
   SELECT ac.chart_id as id, sum(ac.amount) as balance
     FROM acc_trans ac
     JOIN tx_report t ON t.approved AND t.id = ac.trans_id
    WHERE ac.transdate <= coalesce($1, (select max(transdate) from acc_trans))
 GROUP BY ac.chart_id
   HAVING sum(ac.amount) <> 0.00
),
hdr_balance AS (
   select ahd.id, sum(balance) as balance
     FROM acc_balance ab
    INNER JOIN account acc ON ab.id = acc.id
    INNER JOIN account_heading_descendant ahd
            ON acc.heading = ahd.descendant_id
    GROUP BY ahd.id
)
   SELECT hm.id, hm.accno, hm.description, hm.account_type, hm.category,
          hm.contra, null::text as gifi_accno,
          null::text as gifi_description, hb.balance, hm.path
     FROM hdr_meta hm
    INNER JOIN hdr_balance hb ON hm.id = hb.id
   UNION
   SELECT am.id, am.accno, am.description, am.account_type, am.category,
          am.contra, am.gifi_accno, am.gifi_description, ab.balance, am.path
     FROM acc_meta am
    INNER JOIN acc_balance ab on am.id = ab.id
$_$;


--
-- Name: FUNCTION report__balance_sheet(in_to_date date, in_language text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.report__balance_sheet(in_to_date date, in_language text) IS ' This produces a balance sheet and the paths (acount numbers) of all headings
necessary; output is generated in the language requested, or in the
users default language if not available. ';


--
-- Name: report__cash_summary(date, date, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__cash_summary(in_from_date date, in_to_date date, in_from_accno text, in_to_accno text) RETURNS SETOF public.cash_summary_item
    LANGUAGE sql
    AS $_$
SELECT a.id, a.accno, a.is_heading, a.description, t.label,
       sum(CASE WHEN ac.amount < 0 THEN ac.amount * -1 ELSE NULL END),
       sum(CASE WHEN ac.amount > 0 THEN ac.amount ELSE NULL END)
  FROM (select id, accno, false as is_heading, description FROM account
       UNION
        SELECT id, accno, true, description FROM account_heading) a
  LEFT
  JOIN acc_trans ac ON ac.chart_id = a.id
  LEFT
  JOIN (select id, case when table_name ilike 'ar' THEN 'rcpt'
                        when table_name ilike 'ap' THEN 'pmt'
                        when table_name ilike 'gl' THEN 'xfer'
                    END AS label
          FROM transactions) t ON t.id = ac.trans_id
 WHERE accno BETWEEN $3 AND $4
        and ac.transdate BETWEEN $1 AND $2
GROUP BY a.id, a.accno, a.is_heading, a.description, t.label
ORDER BY accno;

$_$;


--
-- Name: report__coa(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__coa() RETURNS SETOF public.coa_entry
    LANGUAGE sql
    AS $$

WITH ac (chart_id, amount) AS (
     SELECT chart_id, sum(amount)
       FROM acc_trans
       JOIN (select id, approved from ar union all
             select id, approved from ap union all
             select id, approved from gl) gl ON gl.id = acc_trans.trans_id
      WHERE acc_trans.approved and gl.approved
      GROUP BY chart_id
),
l(account_id, link) AS (
     SELECT account_id, array_to_string(array_agg(description), ':')
       FROM account_link
   GROUP BY account_id
),
hh(parent_id) AS (
     SELECT DISTINCT parent_id
       FROM account_heading
),
ha(heading) AS (
     SELECT heading
       FROM account
),
eca(account_id) AS (
    SELECT DISTINCT discount_account_id
      FROM entity_credit_account
    UNION
    SELECT DISTINCT ar_ap_account_id
      FROM entity_credit_account
    UNION
    SELECT DISTINCT cash_account_id
      FROM entity_credit_account
),
ta(account_id) AS (
    SELECT chart_id
      FROM eca_tax
  GROUP BY 1
)
SELECT a.id, a.is_heading, a.accno, a.description, a.gifi_accno,
       CASE WHEN sum(ac.amount) < 0 THEN sum(ac.amount) * -1
            ELSE null::numeric END,
       CASE WHEN sum(ac.amount) > 0 THEN sum(ac.amount)
            ELSE null::numeric END,
       count(ac.*)+count(hh.*)+count(ha.*)+count(eca.*)+count(ta.*), l.link
  FROM (SELECT id, heading, false as is_heading, accno, description, gifi_accno
          FROM account
         UNION
        SELECT id, parent_id, true, accno, description, null::text
          FROM account_heading) a

 LEFT JOIN ac ON ac.chart_id = a.id AND not a.is_heading
 LEFT JOIN l ON l.account_id = a.id AND NOT a.is_heading
 LEFT JOIN hh ON hh.parent_id = a.id AND a.is_heading
 LEFT JOIN ha ON ha.heading = a.id AND a.is_heading
 LEFT JOIN eca ON eca.account_id = a.id AND NOT a.is_heading
 LEFT JOIN ta ON ta.account_id = a.id AND NOT a.is_heading
  GROUP BY a.id, a.is_heading, a.accno, a.description, a.gifi_accno, l.link
  ORDER BY a.accno;

$$;


--
-- Name: report__general_balance(date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__general_balance(in_from_date date, in_to_date date) RETURNS SETOF public.general_balance_line
    LANGUAGE sql
    AS $_$

SELECT a.id, a.accno, a.description,
      sum(CASE WHEN ac.transdate < $1 THEN abs(amount) ELSE null END),
      sum(CASE WHEN ac.transdate >= $1 AND ac.amount < 0
               THEN ac.amount * -1 ELSE null END),
      SUM(CASE WHEN ac.transdate >= $1 AND ac.amount > 0
               THEN ac.amount ELSE null END),
      SUM(ABS(ac.amount))
 FROM account a
 LEFT
 JOIN acc_trans ac ON ac.chart_id = a.id
 LEFT
 JOIN (select id, approved from ar UNION
       SELECT id, approved from ap UNION
       SELECT id, approved FROM gl) gl ON ac.trans_id = gl.id
WHERE gl.approved and ac.approved
      and ac.transdate <= $2
GROUP BY a.id, a.accno, a.description
ORDER BY a.accno;

$_$;


--
-- Name: report__gl(text, text, character, text, text, text, date, date, boolean, numeric, numeric, integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__gl(in_reference text, in_accno text, in_category character, in_source text, in_memo text, in_description text, in_from_date date, in_to_date date, in_approved boolean, in_from_amount numeric, in_to_amount numeric, in_business_units integer[]) RETURNS SETOF public.gl_report_item
    LANGUAGE plpgsql
    AS $$
DECLARE
         retval gl_report_item;
         t_balance numeric;
         t_chart_id int;
BEGIN

IF in_from_date IS NULL THEN
   t_balance := 0;
ELSIF in_accno IS NOT NULL THEN
   SELECT id INTO t_chart_id FROM account WHERE accno  = in_accno;
   t_balance :=
      account__obtain_balance((in_from_date - '1 day'::interval)::date,
                              (select id from account
                                where accno = in_accno));
ELSE
   t_balance := null;
END IF;

FOR retval IN
       WITH RECURSIVE bu_tree (id, path) AS (
            SELECT id, id::text AS path
              FROM business_unit
             WHERE parent_id is null
            UNION
            SELECT bu.id, bu_tree.path || ',' || bu.id
              FROM business_unit bu
              JOIN bu_tree ON bu_tree.id = bu.parent_id
            )
       SELECT g.id, g.type, g.invoice, g.reference, g.description, ac.transdate,
              ac.source, ac.amount, c.accno, c.gifi_accno,
              g.till, ac.cleared, ac.memo, c.description AS accname,
              ac.chart_id, ac.entry_id,
              sum(ac.amount) over (order by ac.transdate, ac.trans_id,
                                            c.accno, ac.entry_id)
                + t_balance
                  as running_balance,
              compound_array(ARRAY[ARRAY[bac.class_id, bac.bu_id]])
         FROM (select id, 'gl' as type, false as invoice, reference,
                      description, approved,
                      null::text as till
                 FROM gl
               UNION
               SELECT ar.id, 'ar', invoice, invnumber, e.name, approved, till
                 FROM ar
                 JOIN entity_credit_account eca ON ar.entity_credit_account
                      = eca.id
                 JOIN entity e ON e.id = eca.entity_id
               UNION
               SELECT ap.id, 'ap', invoice, invnumber, e.name, approved,
                      null as till
                 FROM ap
                 JOIN entity_credit_account eca ON ap.entity_credit_account
                      = eca.id
                 JOIN entity e ON e.id = eca.entity_id) g
         JOIN acc_trans ac ON ac.trans_id = g.id
         JOIN account c ON ac.chart_id = c.id
    LEFT JOIN business_unit_ac bac ON ac.entry_id = bac.entry_id
    LEFT JOIN bu_tree ON bac.bu_id = bu_tree.id
        WHERE (g.reference ilike in_reference || '%' or in_reference is null)
              AND (c.accno = in_accno OR in_accno IS NULL)
              AND (ac.source ilike '%' || in_source || '%'
                   OR in_source is null)
              AND (ac.memo ilike '%' || in_memo || '%' OR in_memo is null)
             AND (in_description IS NULL OR
                  g.description
                  @@
                  plainto_tsquery(get_default_lang()::regconfig, in_description))
              AND (transdate BETWEEN in_from_date AND in_to_date
                   OR (transdate >= in_from_date AND  in_to_date IS NULL)
                   OR (transdate <= in_to_date AND in_from_date IS NULL)
                   OR (in_to_date IS NULL AND in_from_date IS NULL))
              AND (in_approved is null OR
                     (in_approved = g.approved AND (ac.approved or in_approved is false)))
              AND (in_from_amount IS NULL OR abs(ac.amount) >= in_from_amount)
              AND (in_to_amount IS NULL OR abs(ac.amount) <= in_to_amount)
              AND (in_category = c.category OR in_category IS NULL)
     GROUP BY g.id, g.type, g.invoice, g.reference, g.description, ac.transdate,
              ac.source, ac.amount, c.accno, c.gifi_accno,
              g.till, ac.cleared, ac.memo, c.description,
              ac.chart_id, ac.entry_id, ac.trans_id
       HAVING in_business_units is null or in_business_units
                <@ compound_array(string_to_array(bu_tree.path, ',')::int[])
     ORDER BY ac.transdate, ac.trans_id, c.accno, ac.entry_id
LOOP
   RETURN NEXT retval;
END LOOP;
END;
$$;


--
-- Name: report__incoming_cogs_line(date, date, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__incoming_cogs_line(in_date_from date, in_date_to date, in_partnumber text, in_parts_description text) RETURNS SETOF public.incoming_lot_cogs_line
    LANGUAGE sql
    AS $_$
SELECT i.id, a.id, a.invnumber, a.transdate, i.parts_id, p.partnumber,
       i.description, i.qty * -1, i.allocated, p.onhand,
       i.sellprice, i.qty * i.sellprice * -1, i.allocated * i.sellprice
  FROM ap a
  JOIN invoice i ON a.id = i.trans_id
  JOIN parts p ON i.parts_id = p.id
 WHERE p.income_accno_id IS NOT NULL AND p.expense_accno_id IS NOT NULL
       AND (a.transdate >= $1 OR $1 IS NULL)
       AND (a.transdate <= $2 OR $2 IS NULL)
       AND (p.partnumber like $3 || '%' OR $3 IS NULL)
       AND (p.description @@ plainto_tsquery($4)
            OR p.description LIKE '%' || $4 || '%'
            OR $4 IS NULL)
 ORDER BY p.partnumber, a.invnumber;
$_$;


--
-- Name: report__invoice_aging_detail(integer, integer, text, date, integer[], boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__invoice_aging_detail(in_entity_id integer, in_entity_class integer, in_accno text, in_to_date date, in_business_units integer[], in_use_duedate boolean, in_name_part text) RETURNS SETOF public.report_aging_item
    LANGUAGE sql
    AS $$
                  WITH RECURSIVE bu_tree (id, path) AS (
                SELECT id, id::text AS path
                  FROM business_unit
                 WHERE id = any(in_business_units)
                       OR in_business_units IS NULL
                 UNION
                SELECT bu.id, bu_tree.path || ',' || bu.id
                  FROM business_unit bu
                  JOIN bu_tree ON bu_tree.id = bu.parent_id
                       )
                SELECT c.entity_id, c.meta_number, e.name,
                       e.name as contact_name,
                       a.invnumber, a.transdate, a.till, a.ordnumber,
                       a.ponumber, a.notes,
                       CASE WHEN a.age/30 = 0
                                 THEN (a.sign * sum(ac.amount))
                            ELSE 0 END
                            as c0,
                       CASE WHEN a.age/30 = 1
                                 THEN (a.sign * sum(ac.amount))
                            ELSE 0 END
                            as c30,
                       CASE WHEN a.age/30 = 2
                            THEN (a.sign * sum(ac.amount))
                            ELSE 0 END
                            as c60,
                       CASE WHEN a.age/30 > 2
                            THEN (a.sign * sum(ac.amount))
                            ELSE 0 END
                            as c90,
                       a.duedate, a.id, a.curr,
                       COALESCE((SELECT sell FROM exchangerate ex
                         WHERE a.curr = ex.curr
                              AND ex.transdate = a.transdate), 1)
                       AS exchangerate,
                        (SELECT compound_array(ARRAY[[p.partnumber,
                                        i.description, i.qty::text]])
                                FROM parts p
                                JOIN invoice i ON (i.parts_id = p.id)
                                WHERE i.trans_id = a.id) AS line_items,
                   (coalesce(in_to_date, now())::date - a.transdate) as age
                  FROM (select id, invnumber, till, ordnumber, amount, duedate,
                               curr, ponumber, notes, entity_credit_account,
                               -1 AS sign, transdate, force_closed,
                               CASE WHEN in_use_duedate
                                    THEN coalesce(in_to_date, now())::date
                                         - duedate
                                    ELSE coalesce(in_to_date, now())::date
                                         - transdate
                               END as age
                          FROM ar
                         WHERE in_entity_class = 2
                         UNION
                        SELECT id, invnumber, null, ordnumber, amount, duedate,
                               curr, ponumber, notes, entity_credit_account,
                               1 as sign, transdate, force_closed,
                               CASE WHEN in_use_duedate
                                    THEN coalesce(in_to_date, now())::date
                                         - duedate
                                    ELSE coalesce(in_to_date, now())::date
                                         - transdate
                               END as age
                          FROM ap
                         WHERE in_entity_class = 1) a
                  JOIN acc_trans ac ON ac.trans_id = a.id
                  JOIN account acc ON ac.chart_id = acc.id
                  JOIN account_link acl ON acl.account_id = acc.id
                       AND ((in_entity_class = 1
                              AND acl.description = 'AP')
                           OR (in_entity_class = 2
                              AND acl.description = 'AR'))
                  JOIN entity_credit_account c
                       ON a.entity_credit_account = c.id
                  JOIN entity e ON (e.id = c.entity_id)
             LEFT JOIN business_unit_ac buac ON ac.entry_id = buac.entry_id
             LEFT JOIN bu_tree ON buac.bu_id = bu_tree.id
             LEFT JOIN entity_to_location e2l
                       ON e.id = e2l.entity_id
                       AND e2l.location_class = 3
             LEFT JOIN location l ON l.id = e2l.location_id
             LEFT JOIN country ON (country.id = l.country_id)
                 WHERE (e.id = in_entity_id OR in_entity_id IS NULL)
                       AND (in_accno IS NULL or acc.accno = in_accno)
                       AND a.force_closed IS NOT TRUE
                       AND (in_name_part IS NULL
                            OR e.name like '%' || in_name_part || '%')
              GROUP BY c.entity_id, c.meta_number, e.name,
                       l.line_one, l.line_two, l.line_three,
                       l.city, l.state, l.mail_code, country.name,
                       a.invnumber, a.transdate, a.till, a.ordnumber,
                       a.ponumber, a.notes, a.amount, a.sign,
                       a.duedate, a.id, a.curr, a.age
                HAVING (in_business_units is null or in_business_units
                       <@ compound_array(string_to_array(bu_tree.path,
                                         ',')::int[]))
                       AND sum(ac.amount::numeric(20,2)) <> 0
              ORDER BY entity_id, curr, transdate, invnumber
$$;


--
-- Name: report__invoice_aging_summary(integer, integer, text, date, integer[], boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report__invoice_aging_summary(in_entity_id integer, in_entity_class integer, in_accno text, in_to_date date, in_business_units integer[], in_use_duedate boolean, in_name_part text) RETURNS SETOF public.report_aging_item
    LANGUAGE sql
    AS $_$
SELECT entity_id, account_number, name, contact_name, null::text, null::date,
       null::text, null::text, null::text, null::text,
       sum(c0), sum(c30), sum(c60), sum(c90), null::date, null::int, curr,
       null::numeric, null::text[], null::int
  FROM report__invoice_aging_detail($1, $2, $3, $4, $5, $6, $7)
 GROUP BY entity_id, account_number, name, contact_name, curr
 ORDER BY account_number
$_$;


--
-- Name: report_trial_balance(date, date, integer, integer, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.report_trial_balance(in_datefrom date, in_dateto date, in_department_id integer, in_project_id integer, in_gifi boolean) RETURNS SETOF public.trial_balance_line
    LANGUAGE plpgsql
    AS $$
DECLARE out_row trial_balance_line;
BEGIN
        IF in_department_id IS NULL THEN
                FOR out_row IN
                        SELECT c.id, c.accno, c.description,
                                SUM(CASE WHEN ac.transdate < in_datefrom
                                              AND c.category IN ('I', 'L', 'Q')
                                    THEN ac.amount
                                    ELSE ac.amount * -1
                                    END),
                                SUM(CASE WHEN ac.transdate >= in_date_from
                                              AND ac.amount > 0
                                    THEN ac.amount
                                    ELSE 0 END),
                                SUM(CASE WHEN ac.transdate >= in_date_from
                                              AND ac.amount < 0
                                    THEN ac.amount
                                    ELSE 0 END) * -1,
                                SUM(CASE WHEN ac.transdate >= in_date_from
                                        AND c.charttype IN ('I')
                                    THEN ac.amount
                                    WHEN ac.transdate >= in_date_from
                                              AND c.category IN ('I', 'L', 'Q')
                                    THEN ac.amount
                                    ELSE ac.amount * -1
                                    END)
                                FROM acc_trans ac
                                JOIN (select id, approved FROM ap
                                        UNION ALL
                                        select id, approved FROM gl
                                        UNION ALL
                                        select id, approved FROM ar) g
                                        ON (g.id = ac.trans_id)
                                JOIN account c ON (c.id = ac.chart_id)
                                WHERE ac.transdate <= in_date_to
                                        AND ac.approved AND g.approved
                                        AND (in_project_id IS NULL
                                                OR in_project_id = ac.project_id)
                                GROUP BY c.id, c.accno, c.description
                                ORDER BY c.accno

                LOOP
                        RETURN NEXT out_row;
                END LOOP;
        ELSE
                FOR out_row IN
                        SELECT 1
                LOOP
                        RETURN NEXT out_row;
                END LOOP;
        END IF;
END;
$$;


--
-- Name: FUNCTION report_trial_balance(in_datefrom date, in_dateto date, in_department_id integer, in_project_id integer, in_gifi boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.report_trial_balance(in_datefrom date, in_dateto date, in_department_id integer, in_project_id integer, in_gifi boolean) IS ' This is a simple routine to generate trial balances for the full
company, for a project, or for a department.';


--
-- Name: robot__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.robot__get(in_entity_id integer) RETURNS public.robot_entity
    LANGUAGE sql
    AS $_$
SELECT e.id, e.control_code, e.name, e.country_id, c.name,
       p.first_name, p.middle_name, p.last_name, e.entity_class
  FROM entity e
  JOIN country c ON c.id = e.country_id
  JOIN robot p ON p.entity_id = e.id
 WHERE e.id = $1;
$_$;


--
-- Name: robot__get_by_cc(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.robot__get_by_cc(in_control_code text) RETURNS public.robot_entity
    LANGUAGE sql
    AS $_$
SELECT e.id, e.control_code, e.name, e.country_id, c.name,
       p.first_name, p.middle_name, p.last_name, e.entity_class
  FROM entity e
  JOIN country c ON c.id = e.country_id
  JOIN robot p ON p.entity_id = e.id
 WHERE e.control_code = $1;
$_$;


--
-- Name: robot__get_my_entity_id(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.robot__get_my_entity_id() RETURNS integer
    LANGUAGE sql
    AS $$
        SELECT entity_id from users where username = SESSION_USER OR username = 'Migrator';
$$;


--
-- Name: FUNCTION robot__get_my_entity_id(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.robot__get_my_entity_id() IS ' Returns the entity_id of the current, logged in user.';


--
-- Name: robot__list_notes(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.robot__list_notes(in_entity_id integer) RETURNS SETOF public.entity_note
    LANGUAGE sql
    AS $$
                SELECT *
                FROM entity_note
                WHERE ref_key = in_entity_id
                ORDER BY created
$$;


--
-- Name: FUNCTION robot__list_notes(in_entity_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.robot__list_notes(in_entity_id integer) IS ' Returns a list of notes attached to a robot.';


--
-- Name: robot__save(integer, text, text, text, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.robot__save(in_entity_id integer, in_first_name text, in_middle_name text, in_last_name text, in_country_id integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$

    DECLARE
        e_id int;
        e entity;
        loc location;
        l_id int;
        p_id int;
    BEGIN

    select * into e from entity where id = in_entity_id and entity_class = 3;
    e_id := in_entity_id;

    IF FOUND THEN
        UPDATE entity
           SET name = in_first_name || ' ' || in_last_name,
               country_id = in_country_id
         WHERE id = in_entity_id;
    ELSE
        INSERT INTO entity (name, entity_class, country_id)
        values (in_first_name || ' ' || in_last_name, 3, in_country_id);
        e_id := currval('entity_id_seq');

    END IF;


    UPDATE robot SET
            first_name = in_first_name,
            last_name = in_last_name,
            middle_name = in_middle_name
    WHERE
            entity_id = in_entity_id;
    IF FOUND THEN
        RETURN in_entity_id;
    ELSE
        -- Do an insert

        INSERT INTO robot (first_name, last_name, entity_id)
        VALUES (in_first_name, in_last_name, e_id);

        RETURN e_id;

    END IF;
END;
$$;


--
-- Name: FUNCTION robot__save(in_entity_id integer, in_first_name text, in_middle_name text, in_last_name text, in_country_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.robot__save(in_entity_id integer, in_first_name text, in_middle_name text, in_last_name text, in_country_id integer) IS ' Saves the robot with the information specified.  Returns the entity_id
of the record saved.';


--
-- Name: save_taxform(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.save_taxform(in_country_code integer, in_taxform_name text) RETURNS boolean
    LANGUAGE sql
    AS $$
        INSERT INTO country_tax_form(country_id, form_name)
        values (in_country_code, in_taxform_name);

        SELECT true;
$$;


--
-- Name: FUNCTION save_taxform(in_country_code integer, in_taxform_name text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.save_taxform(in_country_code integer, in_taxform_name text) IS ' Saves tax form information. Returns true or raises exception.';


--
-- Name: lsmb_sequence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lsmb_sequence (
    label text NOT NULL,
    setting_key text NOT NULL,
    prefix text,
    suffix text,
    sequence text DEFAULT '1'::text NOT NULL,
    accept_input boolean DEFAULT true
);


--
-- Name: sequence__delete(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sequence__delete(in_label text) RETURNS public.lsmb_sequence
    LANGUAGE sql
    AS $_$
DELETE FROM lsmb_sequence where label = $1;

SELECT NULL::lsmb_sequence;
$_$;


--
-- Name: sequence__get(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sequence__get(in_label text) RETURNS public.lsmb_sequence
    LANGUAGE sql
    AS $_$
SELECT * FROM lsmb_sequence WHERE label = $1;
$_$;


--
-- Name: sequence__increment(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sequence__increment(in_label text) RETURNS public.defaults
    LANGUAGE plpgsql
    AS $$
DECLARE t_seq lsmb_sequence;
        new_value text;
        retval    defaults;
BEGIN

   SELECT * INTO t_seq FROM lsmb_sequence WHERE label = in_label
          FOR UPDATE;

   new_value := setting__increment_base(t_seq.sequence);

   UPDATE lsmb_sequence SET sequence = new_value WHERE label = in_label;

   retval := row(t_seq.setting_key, t_seq.prefix || new_value || t_seq.suffix);
   return retval;

END;
$$;


--
-- Name: sequence__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sequence__list() RETURNS SETOF public.lsmb_sequence
    LANGUAGE sql
    AS $$
SELECT * FROM lsmb_sequence order by label;
$$;


--
-- Name: sequence__list_by_key(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sequence__list_by_key(in_setting_key text) RETURNS SETOF public.lsmb_sequence
    LANGUAGE sql
    AS $_$
SELECT * FROM lsmb_sequence where setting_key = $1 order by label;
$_$;


--
-- Name: sequence__save(text, text, text, text, text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sequence__save(in_label text, in_setting_key text, in_prefix text, in_suffix text, in_sequence text, in_accept_input boolean) RETURNS public.lsmb_sequence
    LANGUAGE plpgsql
    AS $$
DECLARE retval lsmb_sequence;
BEGIN
UPDATE lsmb_sequence
   SET prefix = coalesce(in_prefix, ''),
       suffix = coalesce(in_suffix, ''),
       sequence = coalesce(in_sequence, '1'),
       setting_key = in_setting_key,
       accept_input = coalesce(in_accept_input, false)
 WHERE label = in_label;

IF FOUND THEN
   retval := sequence__get(in_label);
   RETURN retval;
END IF;

INSERT INTO lsmb_sequence(label, setting_key, prefix, suffix, sequence,
                          accept_input)
VALUES (in_label, in_setting_key,
        coalesce(in_prefix, ''),
        coalesce(in_suffix, ''),
        coalesce(in_sequence, '1'),
        coalesce(in_accept_input, false)
);

retval := sequence__get(in_label);
RETURN retval;

end;
$$;


--
-- Name: session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session (
    session_id integer NOT NULL,
    token character varying(32),
    last_used timestamp without time zone DEFAULT now(),
    ttl integer DEFAULT 3600 NOT NULL,
    users_id integer NOT NULL,
    notify_pasword interval DEFAULT '7 days'::interval NOT NULL,
    CONSTRAINT session_token_check CHECK ((length((token)::text) = 32))
);


--
-- Name: TABLE session; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.session IS ' This table is used to track sessions on a database level across page
requests (discretionary locks,open forms for anti-xsrf measures).
Because of the way LedgerSMB authentication works currently we do
not time out authentication when the session times out.  We do time out
highly pessimistic locks used for large batch payment workflows.';


--
-- Name: session_check(integer, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.session_check(in_session_id integer, in_token text) RETURNS public.session
    LANGUAGE plpgsql
    AS $$
DECLARE out_row session%ROWTYPE;
BEGIN
        PERFORM * FROM defaults
            WHERE setting_key='never_logout' and value = '1';
        IF NOT FOUND THEN
                DELETE FROM session
                WHERE last_used < now() - coalesce((SELECT value FROM defaults
                                                        WHERE setting_key = 'session_timeout')::interval,
                                                   '90 minutes'::interval);
        END IF;

        UPDATE session
           SET last_used = now()
         WHERE session_id = in_session_id
               AND token = in_token
               AND users_id = (select id from users
                        where username = SESSION_USER)
        RETURNING * INTO out_row;

        -- if there is no matching row, return NULL values
        -- note: there is also a failing match when the token doesn't
        -- match; which might mean a replay attack!
        RETURN out_row;
END;
$$;


--
-- Name: FUNCTION session_check(in_session_id integer, in_token text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.session_check(in_session_id integer, in_token text) IS ' Returns a session row.  If no session exists, it returns null';


--
-- Name: session_create(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.session_create() RETURNS public.session
    LANGUAGE plpgsql
    AS $$
DECLARE
    out_row session%ROWTYPE;
    users_id int;
BEGIN
    SELECT id INTO users_id
      FROM users WHERE username = SESSION_USER;

    IF NOT FOUND THEN
       RETURN out_row;
    END IF;

    INSERT INTO session (users_id, token, last_used)
    VALUES (users_id, md5(random()::text), now())
    RETURNING * INTO out_row;

    RETURN out_row;
END;
$$;


--
-- Name: FUNCTION session_create(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.session_create() IS ' Creates a session for the current session user and returns it.

When no user is found by name of the session user,
 returns a row with NULL values.';


--
-- Name: session_delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.session_delete(in_session_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
   DELETE FROM session
     WHERE session_id = in_session_id
       AND users_id = (select id from users
                       where username = SESSION_USER);

   RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION session_delete(in_session_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.session_delete(in_session_id integer) IS ' Removes the session with the id given in the argument.
Returns TRUE on success.

Note: only users owning a session may delete that session. ';


--
-- Name: setting__get_currencies(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.setting__get_currencies() RETURNS text[]
    LANGUAGE sql
    AS $$
SELECT string_to_array(value, ':') from defaults where setting_key = 'curr';
$$;


--
-- Name: FUNCTION setting__get_currencies(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.setting__get_currencies() IS ' Returns an array of currencies from the defaults table.';


--
-- Name: setting__increment_base(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.setting__increment_base(in_raw_var text) RETURNS character varying
    LANGUAGE plpgsql
    AS $_$
declare raw_value VARCHAR;
       base_value VARCHAR;
       increment  INTEGER;
       inc_length INTEGER;
       new_value VARCHAR;
begin
    raw_value := in_raw_var;
    base_value := substring(raw_value from
                                '(' || E'\\' || 'd*)(' || E'\\' || 'D*|<'
                                    || E'\\' || '?lsmb [^<>] ' || E'\\'
                                    || '?>)*$');
    IF base_value like '0%' THEN
         increment := base_value::integer + 1;
         inc_length := char_length(increment::text);
         new_value := overlay(base_value placing increment::varchar
                              from (char_length(base_value)
                                    - inc_length + 1)
                              for inc_length);
    ELSE
         new_value := base_value::integer + 1;
    END IF;
    return regexp_replace(raw_value, base_value, new_value);
end;
$_$;


--
-- Name: setting__set(character varying, character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.setting__set(in_setting_key character varying, in_value character varying) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        UPDATE defaults SET value = in_value WHERE setting_key = in_setting_key;
        IF NOT FOUND THEN
             INSERT INTO defaults (setting_key, value)
                  VALUES (in_setting_key, in_value);
        END IF;
        RETURN TRUE;
END;
$$;


--
-- Name: FUNCTION setting__set(in_setting_key character varying, in_value character varying); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.setting__set(in_setting_key character varying, in_value character varying) IS ' sets a value in the defaults thable and returns true if successful.';


--
-- Name: setting_get(character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.setting_get(in_key character varying) RETURNS public.defaults
    LANGUAGE sql
    AS $_$
SELECT * FROM defaults WHERE setting_key = $1;
$_$;


--
-- Name: FUNCTION setting_get(in_key character varying); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.setting_get(in_key character varying) IS ' Returns the value of the setting in the defaults table.';


--
-- Name: setting_get_default_accounts(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.setting_get_default_accounts() RETURNS SETOF public.defaults
    LANGUAGE sql
    AS $$
                SELECT * FROM defaults
                WHERE setting_key like '%accno_id'
                ORDER BY setting_key
$$;


--
-- Name: FUNCTION setting_get_default_accounts(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.setting_get_default_accounts() IS ' Returns a set of settings for default accounts.';


--
-- Name: sic; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sic (
    code character varying(6) NOT NULL,
    sictype character(1),
    description text
);


--
-- Name: TABLE sic; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.sic IS '
This can be used SIC codes or any equivalent, such as ISIC, NAICS, etc.
';


--
-- Name: sic__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sic__list() RETURNS SETOF public.sic
    LANGUAGE sql
    AS $$
SELECT * FROM sic ORDER BY code;
$$;


--
-- Name: tax_form__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form__get(in_form_id integer) RETURNS public.country_tax_form
    LANGUAGE sql
    AS $_$
SELECT * FROM country_tax_form where id = $1;
$_$;


--
-- Name: FUNCTION tax_form__get(in_form_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form__get(in_form_id integer) IS ' Retrieves specified tax form information from the database.';


--
-- Name: tax_form__list_all(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form__list_all() RETURNS SETOF public.tax_form_list
    LANGUAGE sql
    AS $$
SELECT tf.id, tf.form_name, c.name, tf.default_reportable, tf.is_accrual
  FROM country c
  JOIN country_tax_form tf ON c.id = tf.country_id
 ORDER BY country_id, form_name;
$$;


--
-- Name: FUNCTION tax_form__list_all(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form__list_all() IS ' Returns a set of all tax forms, ordered by country_id and id';


--
-- Name: tax_form__list_ext(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form__list_ext() RETURNS SETOF public.taxform_list
    LANGUAGE sql
    AS $$
SELECT t.id, t.form_name, t.country_id, c.name, t.default_reportable,
       t.is_accrual
  FROM country_tax_form t
  JOIN country c ON c.id = t.country_id
 ORDER BY c.name, t.form_name;
$$;


--
-- Name: FUNCTION tax_form__list_ext(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form__list_ext() IS ' Returns a list of tax forms with an added field, country_name, to specify the
name of the country.';


--
-- Name: tax_form__save(integer, integer, text, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form__save(in_id integer, in_country_id integer, in_form_name text, in_default_reportable boolean, in_is_accrual boolean) RETURNS integer
    LANGUAGE plpgsql
    AS $$
BEGIN
        UPDATE country_tax_form
           SET country_id = in_country_id,
               form_name =in_form_name,
               default_reportable = coalesce(in_default_reportable,false),
               is_accrual = coalesce(in_is_accrual, false)
         WHERE id = in_id;

        IF FOUND THEN
           RETURN in_id;
        END IF;

        insert into country_tax_form(country_id,form_name, default_reportable,
                                     is_accrual)
        values (in_country_id, in_form_name,
                coalesce(in_default_reportable, false),
                coalesce(in_is_accrual, false));

        RETURN currval('country_tax_form_id_seq');
END;
$$;


--
-- Name: FUNCTION tax_form__save(in_id integer, in_country_id integer, in_form_name text, in_default_reportable boolean, in_is_accrual boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form__save(in_id integer, in_country_id integer, in_form_name text, in_default_reportable boolean, in_is_accrual boolean) IS 'Saves tax form information to the database.';


--
-- Name: tax_form_details_report(integer, date, date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form_details_report(in_tax_form_id integer, in_begin date, in_end date, in_meta_number text) RETURNS SETOF public.tax_form_report_detail_item
    LANGUAGE sql
    AS $$
              SELECT entity_credit_account.id,
                     company.legal_name, company.entity_id,
                     entity_credit_account.entity_class, entity.control_code,
                     entity_credit_account.meta_number,
                     sum(CASE WHEN gl.amount = 0 then 0
                              when relation = 'acc_trans'
                          THEN ac.reportable_amount * pmt.amount
                                / gl.amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ap' THEN -1 else 1 end),
                     sum(CASE WHEN gl.amount = 0 then 0
                              WHEN relation = 'invoice'
                          THEN ac.reportable_amount * pmt.amount
                               / gl.amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ar' THEN -1 else 1 end),
                     SUM(CASE WHEN gl.amount = 0 THEN 0
                              ELSE ac.reportable_amount * pmt.amount
                               / gl.amount
                              END
                         * CASE WHEN gl.class = 'ap' THEN -1 else 1 end
                         * CASE WHEN relation = 'invoice' THEN -1 ELSE 1 END),
                     gl.invnumber, gl.duedate::text, gl.id
                FROM (select id, entity_credit_account, invnumber, duedate,
                             amount, transdate, 'ar' as class
                        FROM ar
                       UNION
                      select id, entity_credit_account, invnumber, duedate,
                             amount, transdate, 'ap' as class
                        FROM ap
                     ) gl
                JOIN (select trans_id, 'acc_trans' as relation,
                             sum(amount) as amount,
                             sum(case when atf.reportable then amount else 0
                                 end) as reportable_amount
                        FROM  acc_trans
                   LEFT JOIN ac_tax_form atf
                          ON (acc_trans.entry_id = atf.entry_id)
                       GROUP BY trans_id
                       UNION
                      select trans_id, 'invoice' as relation,
                             sum(sellprice * qty) as amount,
                             sum(case when itf.reportable
                                      then sellprice * qty
                                      else 0
                                 end) as reportable_amount
                        FROM invoice
                   LEFT JOIN invoice_tax_form itf
                          ON (invoice.id = itf.invoice_id)
                       GROUP BY trans_id
                     ) ac ON (ac.trans_id = gl.id)
                JOIN entity_credit_account ON (gl.entity_credit_account = entity_credit_account.id)
                JOIN entity ON (entity.id = entity_credit_account.entity_id)
                JOIN company ON (entity.id = company.entity_id)
                JOIN country_tax_form ON (entity_credit_account.taxform_id = country_tax_form.id)
                JOIN (SELECT ac.trans_id, sum(ac.amount) as amount,
                             as_array(entry_id) as entry_ids,
                             as_array(chart_id) as chart_ids,
                             count(*) as num
                        FROM acc_trans ac
                       where chart_id in (select account_id
                                            from account_link
                                           where description like '%paid')
                          AND transdate BETWEEN in_begin AND in_end
                     group by ac.trans_id
                     ) pmt ON  (pmt.trans_id = gl.id)
                WHERE country_tax_form.id = in_tax_form_id AND meta_number = in_meta_number
                GROUP BY legal_name, meta_number, company.entity_id, entity_credit_account.entity_class, entity.control_code, gl.invnumber, gl.duedate, gl.id, entity_credit_account.id
$$;


--
-- Name: FUNCTION tax_form_details_report(in_tax_form_id integer, in_begin date, in_end date, in_meta_number text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form_details_report(in_tax_form_id integer, in_begin date, in_end date, in_meta_number text) IS ' This provides a list of invoices and transactions that a report hits.  This
is intended to allow an organization to adjust what is reported on the 1099
before printing them.';


--
-- Name: tax_form_details_report_accrual(integer, date, date, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form_details_report_accrual(in_tax_form_id integer, in_begin date, in_end date, in_meta_number text) RETURNS SETOF public.tax_form_report_detail_item
    LANGUAGE sql
    AS $$
              SELECT entity_credit_account.id,
                     company.legal_name, company.entity_id,
                     entity_credit_account.entity_class, entity.control_code,
                     entity_credit_account.meta_number,
                     sum(CASE WHEN gl.amount = 0 then 0
                              when relation = 'acc_trans'
                          THEN ac.reportable_amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ap' THEN -1 else 1 end),
                     sum(CASE WHEN gl.amount = 0 then 0
                              WHEN relation = 'invoice'
                          THEN ac.reportable_amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ar' THEN -1 else 1 end),
                     SUM(CASE WHEN gl.amount = 0
                                   THEN 0
                              ELSE ac.reportable_amount
                              END
                         * CASE WHEN gl.class = 'ap' THEN -1 else 1 end
                         * CASE WHEN relation = 'invoice' THEN -1 ELSE 1 END),
                     gl.invnumber, gl.duedate::text, gl.id
                FROM (select id, entity_credit_account, invnumber, duedate,
                             amount, transdate, 'ar' as class
                        FROM ar
                       WHERE transdate BETWEEN in_begin AND in_end
                       UNION
                      select id, entity_credit_account, invnumber, duedate,
                             amount, transdate, 'ap' as class
                        FROM ap
                       WHERE transdate BETWEEN in_begin AND in_end
                     ) gl
                JOIN (select trans_id, 'acc_trans' as relation,
                             sum(amount) as amount,
                             sum(case when atf.reportable then amount else 0
                                 end) as reportable_amount
                        FROM  acc_trans
                   LEFT JOIN ac_tax_form atf
                          ON (acc_trans.entry_id = atf.entry_id)
                       GROUP BY trans_id
                       UNION
                      select trans_id, 'invoice' as relation,
                             sum(sellprice * qty) as amount,
                             sum(case when itf.reportable
                                      then sellprice * qty
                                      else 0
                                 end) as reportable_amount
                        FROM invoice
                   LEFT JOIN invoice_tax_form itf
                          ON (invoice.id = itf.invoice_id)
                       GROUP BY trans_id
                     ) ac ON (ac.trans_id = gl.id)
                JOIN entity_credit_account ON (gl.entity_credit_account = entity_credit_account.id)
                JOIN entity ON (entity.id = entity_credit_account.entity_id)
                JOIN company ON (entity.id = company.entity_id)
                JOIN country_tax_form ON (entity_credit_account.taxform_id = country_tax_form.id)
                WHERE country_tax_form.id = in_tax_form_id AND meta_number = in_meta_number
                GROUP BY legal_name, meta_number, company.entity_id, entity_credit_account.entity_class, entity.control_code, gl.invnumber, gl.duedate, gl.id, entity_credit_account.id
$$;


--
-- Name: FUNCTION tax_form_details_report_accrual(in_tax_form_id integer, in_begin date, in_end date, in_meta_number text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form_details_report_accrual(in_tax_form_id integer, in_begin date, in_end date, in_meta_number text) IS ' This provides a list of invoices and transactions that a report hits.  This
is intended to allow an organization to adjust what is reported on the 1099
before printing them.';


--
-- Name: tax_form_summary_report(integer, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form_summary_report(in_tax_form_id integer, in_begin date, in_end date) RETURNS SETOF public.tax_form_report_item
    LANGUAGE sql
    AS $$
              SELECT entity_credit_account.id,
                     company.legal_name, company.entity_id,
                     entity_credit_account.entity_class, entity.control_code,
                     entity_credit_account.meta_number,
                     sum(CASE WHEN gl.amount = 0 THEN 0
                              WHEN relation = 'acc_trans'
                          THEN ac.reportable_amount * pmt.amount
                                / gl.amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ap' THEN -1 else 1 end),
                     sum(CASE WHEN gl.amount = 0 THEN 0
                              WHEN relation = 'invoice'
                          THEN ac.reportable_amount * pmt.amount
                               / gl.amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ar' THEN -1 else 1 end),
                     sum(CASE WHEN gl.amount = 0 THEN 0
                          ELSE ac.reportable_amount * pmt.amount
                                / gl.amount
                      END * CASE WHEN gl.class = 'ap' THEN -1 else 1 end
                      * CASE WHEN ac.relation = 'invoice' then -1 else 1 end)

                FROM (select id, transdate, entity_credit_account, invoice,
                             amount, 'ar' as class FROM ar
                       UNION
                      select id, transdate, entity_credit_account, invoice,
                              amount, 'ap' as class from ap
                     ) gl
               JOIN (select trans_id, 'acc_trans' as relation,
                             sum(amount) as amount,
                             sum(case when atf.reportable then amount else 0
                                 end) as reportable_amount
                        FROM  acc_trans
                    LEFT JOIN ac_tax_form atf
                          ON (acc_trans.entry_id = atf.entry_id)
                       GROUP BY trans_id
                       UNION
                      select trans_id, 'invoice' as relation,
                             sum(sellprice * qty) as amount,
                             sum(case when itf.reportable
                                      then sellprice * qty
                                      else 0
                                 end) as reportable_amount
                        FROM invoice
                    LEFT JOIN invoice_tax_form itf
                          ON (invoice.id = itf.invoice_id)
                       GROUP BY trans_id
                     ) ac ON (ac.trans_id = gl.id
                             AND ((gl.invoice is true and ac.relation='invoice')
                                  OR (gl.invoice is false
                                     and ac.relation='acc_trans')))
                JOIN (SELECT ac.trans_id, sum(ac.amount) as amount,
                             as_array(entry_id) as entry_ids,
                             as_array(chart_id) as chart_ids,
                             count(*) as num
                        FROM acc_trans ac
                       where chart_id in (select account_id
                                            from account_link
                                           where description like '%paid')
                          AND transdate BETWEEN in_begin AND in_end
                     group by ac.trans_id
                     ) pmt ON  (pmt.trans_id = gl.id)
                JOIN entity_credit_account
                  ON (gl.entity_credit_account = entity_credit_account.id)
                JOIN entity ON (entity.id = entity_credit_account.entity_id)
                JOIN company ON (entity.id = company.entity_id)
                JOIN country_tax_form ON (entity_credit_account.taxform_id = country_tax_form.id)
               WHERE country_tax_form.id = in_tax_form_id
             GROUP BY legal_name, meta_number, company.entity_id, entity_credit_account.entity_class, entity.control_code, entity_credit_account.id
$$;


--
-- Name: FUNCTION tax_form_summary_report(in_tax_form_id integer, in_begin date, in_end date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form_summary_report(in_tax_form_id integer, in_begin date, in_end date) IS 'This provides the total reportable value per vendor.  As per 1099 forms, these
are cash-basis documents and show amounts paid.';


--
-- Name: tax_form_summary_report_accrual(integer, date, date); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tax_form_summary_report_accrual(in_tax_form_id integer, in_begin date, in_end date) RETURNS SETOF public.tax_form_report_item
    LANGUAGE sql
    AS $$
              SELECT entity_credit_account.id,
                     company.legal_name, company.entity_id,
                     entity_credit_account.entity_class, entity.control_code,
                     entity_credit_account.meta_number,
                     sum(CASE WHEN gl.amount = 0 THEN 0
                              WHEN relation = 'acc_trans'
                          THEN ac.reportable_amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ap' THEN -1 else 1 end),
                     sum(CASE WHEN gl.amount = 0 THEN 0
                              WHEN relation = 'invoice'
                          THEN ac.reportable_amount
                          ELSE 0
                      END * CASE WHEN gl.class = 'ar' THEN -1 else 1 end),
                     sum(CASE WHEN gl.amount = 0 THEN 0
                          ELSE ac.reportable_amount
                      END * CASE WHEN gl.class = 'ap' THEN -1 else 1 end
                      * CASE WHEN ac.relation = 'invoice' then -1 else 1 end)

                FROM (select id, transdate, entity_credit_account, invoice,
                             amount, 'ar' as class FROM ar
                       WHERE transdate BETWEEN in_begin AND in_end
                       UNION
                      select id, transdate, entity_credit_account, invoice,
                              amount, 'ap' as class from ap
                       WHERE transdate BETWEEN in_begin AND in_end
                     ) gl
               JOIN (select trans_id, 'acc_trans' as relation,
                             sum(amount) as amount,
                             sum(case when atf.reportable then amount else 0
                                 end) as reportable_amount
                        FROM  acc_trans
                    LEFT JOIN ac_tax_form atf
                          ON (acc_trans.entry_id = atf.entry_id)
                       GROUP BY trans_id
                       UNION
                      select trans_id, 'invoice' as relation,
                             sum(sellprice * qty) as amount,
                             sum(case when itf.reportable
                                      then sellprice * qty
                                      else 0
                                 end) as reportable_amount
                        FROM invoice
                    LEFT JOIN invoice_tax_form itf
                          ON (invoice.id = itf.invoice_id)
                       GROUP BY trans_id
                     ) ac ON (ac.trans_id = gl.id
                             AND ((gl.invoice is true and ac.relation='invoice')
                                  OR (gl.invoice is false
                                     and ac.relation='acc_trans')))
                JOIN entity_credit_account
                  ON (gl.entity_credit_account = entity_credit_account.id)
                JOIN entity ON (entity.id = entity_credit_account.entity_id)
                JOIN company ON (entity.id = company.entity_id)
                JOIN country_tax_form ON (entity_credit_account.taxform_id = country_tax_form.id)
               WHERE country_tax_form.id = in_tax_form_id
             GROUP BY legal_name, meta_number, company.entity_id, entity_credit_account.entity_class, entity.control_code, entity_credit_account.id
$$;


--
-- Name: FUNCTION tax_form_summary_report_accrual(in_tax_form_id integer, in_begin date, in_end date); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.tax_form_summary_report_accrual(in_tax_form_id integer, in_begin date, in_end date) IS 'This provides the total reportable value per vendor.  As per 1099 forms, these
are cash-basis documents and show amounts paid.';


--
-- Name: template; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.template (
    id integer NOT NULL,
    template_name text NOT NULL,
    language_code character varying(6),
    template text NOT NULL,
    format text NOT NULL,
    last_modified timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: template__get(text, character varying, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.template__get(in_template_name text, in_language_code character varying, in_format text) RETURNS public.template
    LANGUAGE sql
    AS $_$
SELECT * FROM template
 WHERE template_name = $1 AND format = $3 AND
       language_code IS NOT DISTINCT FROM $2;
$_$;


--
-- Name: template__get_by_id(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.template__get_by_id(in_id integer) RETURNS public.template
    LANGUAGE sql
    AS $_$
SELECT * FROM template WHERE id = $1;
$_$;


--
-- Name: template__list(character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.template__list(in_language_code character varying) RETURNS SETOF public.template
    LANGUAGE sql
    AS $_$

SELECT * FROM template WHERE language_code IS NOT DISTINCT FROM $1
ORDER BY template_name, format;

$_$;


--
-- Name: template__save(text, character varying, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.template__save(in_template_name text, in_language_code character varying, in_template text, in_format text) RETURNS public.template
    LANGUAGE plpgsql
    AS $$
DECLARE retval template;
BEGIN
   UPDATE template SET template = in_template,
                       last_modified = now()
    WHERE template_name = in_template_name AND format = in_format AND
          language_code IS NOT DISTINCT FROM in_language_code;

   IF FOUND THEN
      retval := template__get(in_template_name, in_language_code, in_format);
      RETURN retval;
   END IF;
   INSERT INTO template (template_name, language_code, template, format)
   VALUES (in_template_name, in_language_code, in_template, in_format);

   retval := template__get(in_template_name, in_language_code, in_format);
   RETURN retval;
END;
$$;


--
-- Name: tg_enforce_perms_eclass(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tg_enforce_perms_eclass() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
   r_eclass entity_class;
BEGIN
IF TG_OP = 'DELETE' THEN
   RETURN OLD;
ELSE
   -- super user and database owner (group members)
   -- don't need access enforcement
   IF pg_has_role((select rolname
                     from pg_database db inner join pg_roles rol
                       on db.datdba = rol.oid
                    where db.datname = current_database()),
                  'USAGE') IS TRUE THEN
      RETURN NEW;
   END IF;

   SELECT * INTO r_eclass from entity_class WHERE id = NEW.entity_class;
   IF pg_has_role(SESSION_USER,
                  lsmb__role('contact_class_'
                             || lower(regexp_replace(r_eclass.class,
                                                     ' ', '_'))),
                  'USAGE')
   THEN
      RETURN NEW;
   ELSE
      RAISE EXCEPTION 'Access Denied for class';
   END IF;
END IF;
END;
$$;


--
-- Name: jcitems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jcitems (
    id integer NOT NULL,
    business_unit_id integer,
    parts_id integer,
    description text,
    qty numeric,
    allocated numeric,
    sellprice numeric,
    fxsellprice numeric,
    serialnumber text,
    checkedin timestamp with time zone,
    checkedout timestamp with time zone,
    person_id integer NOT NULL,
    notes text,
    total numeric NOT NULL,
    non_billable numeric DEFAULT 0 NOT NULL,
    jctype integer NOT NULL,
    curr character(3) NOT NULL
);


--
-- Name: TABLE jcitems; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.jcitems IS ' Time and materials cards.
Materials cards not implemented.';


--
-- Name: timecard__allocate(integer, numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard__allocate(in_id integer, in_amount numeric) RETURNS public.jcitems
    LANGUAGE plpgsql
    AS $$

DECLARE retval jcitems;

BEGIN

UPDATE jcitems SET allocated = allocated + in_amount WHERE id = in_id;

IF NOT FOUND THEN
   RAISE EXCEPTION 'timecard not found';
END IF;

SELECT * INTO retval FROM jcitems WHERE id = in_id;

IF allocated > qty THEN
   RAISE EXCEPTION 'Too many allocated';
END IF;

RETURN retval;

END;
$$;


--
-- Name: timecard__bu_class(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard__bu_class(in_id integer) RETURNS public.business_unit_class
    LANGUAGE sql
    AS $_$
SELECT * from business_unit_class
 where id in (select class_id from business_unit
               WHERE id in (select business_unit_id from jcitems
                             WHERE id = $1));
$_$;


--
-- Name: timecard__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard__get(id integer) RETURNS public.jcitems
    LANGUAGE sql
    AS $_$ SELECT * FROM jcitems WHERE id = $1; $_$;


--
-- Name: timecard__parts(boolean, boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard__parts(in_timecard boolean, in_service boolean, in_partnumber text) RETURNS SETOF public.parts
    LANGUAGE sql
    AS $_$
SELECT *
  FROM parts
 WHERE not obsolete
       AND ($1 OR inventory_accno_id IS NULL)
       AND ($2 OR (income_accno_id IS NOT NULL
             AND inventory_accno_id IS NULL))
       AND ($3 IS NULL OR partnumber like $3 || '%')
 ORDER BY partnumber;
$_$;


--
-- Name: timecard__report(integer[], text, integer, date, date, boolean, boolean, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard__report(in_business_units integer[], in_partnumber text, in_person_id integer, in_date_from date, in_date_to date, in_open boolean, in_closed boolean, in_jctype integer) RETURNS SETOF public.timecard_report_line
    LANGUAGE sql
    AS $$
WITH RECURSIVE bu_tree (id, path) AS (
     SELECT id, id::text AS path, control_code, description
       FROM business_unit
      WHERE id = any(in_business_units) OR (in_business_units = '{}' OR in_business_units IS NULL and parent_id IS NULL)
      UNION
     SELECT bu.id, bu_tree.path || ',' || bu.id, bu.control_code, bu.description
       FROM business_unit bu
       JOIN bu_tree ON bu_tree.id = bu.parent_id
)
SELECT j.id, j.description, j.qty, j.allocated, j.checkedin::time as checkedin,
       j.checkedout::time as checkedout, j.checkedin::date as transdate,
       extract('dow' from j.checkedin) as weekday,
       extract('week' from j.checkedin) as workweek,
       date_trunc('week', j.checkedin)::date as weekstarting,
       p.partnumber, bu.control_code as business_unit_code,
       bu.description AS businessunit_description,
       ee.employeenumber, e.name AS employee, j.parts_id, j.sellprice
  FROM jcitems j
  JOIN parts p ON p.id = j.parts_id
  JOIN person pr ON pr.id = j.person_id
  JOIN entity_employee ee ON ee.entity_id = pr.entity_id
  JOIN entity e ON ee.entity_id = e.id
  LEFT JOIN bu_tree bu ON bu.id = j.business_unit_id
 WHERE (p.partnumber = in_partnumber OR in_partnumber IS NULL)
       AND (j.person_id = in_person_id OR in_person_id IS NULL)
       AND (j.checkedin::date >= in_date_from OR in_date_from IS NULL)
       AND (j.checkedin::date <= in_date_to OR in_date_to IS NULL)
       AND (((j.qty > j.allocated or j.allocated is null)  AND in_open)
            OR (j.qty <= j.allocated AND in_closed))
       AND (j.jctype = in_jctype OR in_jctype is null)
       AND (bu.path IS NOT NULL OR in_business_units = '{}' OR in_business_units IS NULL)
  ORDER BY j.checkedin, bu.description, p.partnumber, e.name
$$;


--
-- Name: timecard__save(integer, integer, integer, text, numeric, numeric, numeric, numeric, text, timestamp with time zone, timestamp with time zone, integer, text, numeric, numeric, character, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard__save(in_id integer, in_business_unit_id integer, in_parts_id integer, in_description text, in_qty numeric, in_allocated numeric, in_sellprice numeric, in_fxsellprice numeric, in_serialnumber text, in_checkedin timestamp with time zone, in_checkedout timestamp with time zone, in_person_id integer, in_notes text, in_total numeric, in_non_billable numeric, in_curr character, in_jctype integer) RETURNS public.jcitems
    LANGUAGE plpgsql
    AS $$
DECLARE retval jcitems;

BEGIN

UPDATE jcitems
   SET description = in_description,
       qty = in_qty,
       allocated = in_allocated,
       serialnumber = in_serialnumber,
       checkedin = in_checkedin,
       checkedout = in_checkedout,
       person_id = coalesce(in_person_id, person__get_my_id()),
       notes = in_notes,
       total = in_total,
       non_billable = in_non_billable
 WHERE id = in_id;

IF FOUND THEN
  SELECT * INTO retval WHERE id = in_id;
  return retval;
END IF;

INSERT INTO jcitems
(business_unit_id, parts_id, description, qty, allocated, sellprice,
  fxsellprice, serialnumber, checkedin, checkedout, person_id, notes,
  total, non_billable, jctype, curr)
VALUES
(in_business_unit_id, in_parts_id, in_description, in_qty, in_allocated,
  in_sellprice, in_fxsellprice, in_serialnumber, in_checkedin, in_checkedout,
  coalesce(in_person_id, person__get_my_id()), in_notes, in_total,
  in_non_billable, in_jctype, in_curr);

SELECT * INTO retval FROM jcitems WHERE id = currval('jcitems_id_seq')::int;

RETURN retval;

END;
$$;


--
-- Name: jctype; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jctype (
    id integer NOT NULL,
    label text NOT NULL,
    description text NOT NULL,
    is_service boolean DEFAULT true,
    is_timecard boolean DEFAULT true
);


--
-- Name: timecard_type__get(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard_type__get(in_id integer) RETURNS public.jctype
    LANGUAGE sql
    AS $_$

SELECT * FROM jctype where id = $1;

$_$;


--
-- Name: timecard_type__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timecard_type__list() RETURNS SETOF public.jctype
    LANGUAGE sql
    AS $$

SELECT * FROM jctype ORDER BY label;

$$;


--
-- Name: to_args(text[], text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.to_args(in_base text[], in_args text[]) RETURNS text[]
    LANGUAGE sql
    AS $_$
SELECT CASE WHEN $2[1] IS NULL OR $2[2] IS NULL THEN $1
            ELSE $1 || ($2[1]::text || '=' || $2[2]::text)
       END;
$_$;


--
-- Name: FUNCTION to_args(in_base text[], in_args text[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.to_args(in_base text[], in_args text[]) IS '
This function takes two arguments.  The first is a one-dimensional array
representing the  base state of the argument array.  The second is a two
element array of {key, value}.

If either of the args is null, it returns the first argument.  Otherwise it
returns the first initial array, concatenated with key || ''='' || value.

It primarily exists for the to_args aggregate.
';


--
-- Name: track_global_sequence(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.track_global_sequence() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
        IF tg_op = 'INSERT' THEN
                INSERT INTO transactions (id, table_name, approved)
                VALUES (new.id, TG_RELNAME, new.approved);
        ELSEIF tg_op = 'UPDATE' THEN
                IF new.id = old.id AND new.approved = old.approved THEN
                        return new;
                ELSE
                        UPDATE transactions SET id = new.id,
                                                approved = new.approved
                         WHERE id = old.id;
                END IF;
        ELSE
                DELETE FROM transactions WHERE id = old.id;
        END IF;
        RETURN new;
END;
$$;


--
-- Name: FUNCTION track_global_sequence(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.track_global_sequence() IS ' This trigger is used to track the id sequence entries across the
transactions table, and with the ar, ap, and gl tables.  This is necessary
because these have not been properly refactored yet.
';


--
-- Name: trial_balance__generate(date, date, integer, integer[], text, integer[], integer, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.trial_balance__generate(in_from_date date, in_to_date date, in_heading integer, in_accounts integer[], in_ignore_yearend text, in_business_units integer[], in_balance_sign integer, in_all_accounts boolean, in_approved boolean) RETURNS SETOF public.tb_row
    LANGUAGE plpgsql
    AS $$
DECLARE
        out_row         tb_row;
        t_roll_forward  date;
        t_cp            account_checkpoint;
        ignore_trans    int[];
        t_start_date    date;
        t_end_date      date;
        t_balance_sign  int;
BEGIN
    IF in_balance_sign IS NULL OR in_balance_sign = 0 THEN
       t_balance_sign = null;
    ELSIF in_balance_sign = -1 OR in_balance_sign = 1 THEN
       t_balance_sign = in_balance_sign;
    ELSE
       RAISE EXCEPTION 'Invalid Balance Type';
    END IF;

    IF in_from_date IS NULL AND in_ignore_yearend = 'none' THEN
       SELECT max(end_date) INTO t_roll_forward
         FROM account_checkpoint;
    ELSIF in_from_date IS NULL AND in_ignore_yearend = 'last' THEN
       SELECT max(end_date) INTO t_roll_forward
         FROM account_checkpoint
        WHERE end_date < (select max(gl.transdate)
                            FROM gl JOIN yearend y ON y.trans_id = gl.id
                           WHERE y.transdate < coalesce(in_to_date, gl.transdate)
                         );
    ELSIF in_from_date IS NULL THEN
       SELECT min(transdate) - 1 INTO t_roll_forward
         FROM (select min(transdate) as transdate from ar
                union ALL
               select min(transdate) from ap
                union all
               select min(transdate) from gl
                union all
               select min(transdate) from acc_trans) gl;

    ELSE
      SELECT max(end_date) INTO t_roll_forward
         FROM account_checkpoint
        WHERE end_date < in_from_date;
    END IF;

    IF t_roll_forward IS NULL
       OR array_upper(in_business_units, 1) > 0
    THEN
       SELECT min(transdate) - '1 day'::interval
         INTO t_roll_forward
         FROM acc_trans;
    END IF;

    IF in_ignore_yearend = 'last' THEN
       SELECT ARRAY[trans_id] INTO ignore_trans FROM yearend
     ORDER BY transdate DESC LIMIT 1;
    ELSIF in_ignore_yearend = 'all' THEN
       SELECT array_agg(trans_id) INTO ignore_trans FROM yearend;
    ELSE
       ignore_trans := '{}';
    END IF;

    IF in_to_date IS NULL THEN
        SELECT max(transdate) INTO t_end_date FROM acc_trans;
    ELSE
        t_end_date := in_to_date;
    END IF;


    RETURN QUERY
       WITH ac (transdate, amount, chart_id) AS (
           WITH RECURSIVE bu_tree (id, path) AS (
            SELECT id, id::text AS path
              FROM business_unit
             WHERE parent_id = any(in_business_units)
            UNION
            SELECT bu.id, bu_tree.path || ',' || bu.id
              FROM business_unit bu
              JOIN bu_tree ON bu_tree.id = bu.parent_id
            )
       SELECT ac.transdate, ac.amount, ac.chart_id
         FROM acc_trans ac
         JOIN (SELECT id, approved FROM ar UNION ALL
               SELECT id, approved FROM ap UNION ALL
               SELECT id, approved FROM gl) gl
                   ON ac.trans_id = gl.id
                     AND (in_approved is null
                          OR (gl.approved = in_approved
                             and (ac.approved OR in_approved is false)))
    LEFT JOIN business_unit_ac buac ON ac.entry_id = buac.entry_id
    LEFT JOIN bu_tree ON buac.bu_id = bu_tree.id
        WHERE ac.transdate BETWEEN t_roll_forward + '1 day'::interval
                                    AND t_end_date
              AND (ignore_trans is null or ac.trans_id <> ALL(ignore_trans))
              AND ((in_business_units = '{}' OR in_business_units IS NULL)
               OR bu_tree.id IS NOT NULL)
       )
       SELECT a.id, a.accno,
         coalesce(at.description, a.description) as description, a.gifi_accno,
         case when in_from_date is null then 0 else
              COALESCE(t_balance_sign,
                      CASE WHEN a.category IN ('A', 'E') THEN -1 ELSE 1 END )
              * (coalesce(cp.amount, 0)
              + sum(CASE WHEN ac.transdate < coalesce(in_from_date,
                                                      t_roll_forward)
                         THEN ac.amount ELSE 0 END)) end,
              sum(CASE WHEN ac.transdate BETWEEN coalesce(in_from_date,
                                                         t_roll_forward)
                                                 AND coalesce(in_to_date,
                                                         ac.transdate)
                             AND ac.amount < 0 THEN ac.amount * -1 ELSE 0 END) -
              case when in_from_date is null then coalesce(cp.debits, 0) else 0 end,
              sum(CASE WHEN ac.transdate BETWEEN coalesce(in_from_date,
                                                         t_roll_forward)
                                                 AND coalesce(in_to_date,
                                                         ac.transdate)
                             AND ac.amount > 0 THEN ac.amount ELSE 0 END) +
              case when in_from_date is null then coalesce(cp.credits, 0) else 0 end,
              COALESCE(t_balance_sign,
                       CASE WHEN a.category IN ('A', 'E') THEN -1 ELSE 1 END)
              * (coalesce(cp.amount, 0) + sum(coalesce(ac.amount, 0))),
              CASE WHEN sum(ac.amount) + coalesce(cp.amount, 0) < 0
                   THEN (sum(ac.amount) + coalesce(cp.amount, 0)) * -1
                   ELSE NULL END,
              CASE WHEN sum(ac.amount) + coalesce(cp.amount, 0) > 0
                   THEN sum(ac.amount) + coalesce(cp.amount, 0) ELSE NULL END
         FROM account a
    LEFT JOIN ac ON ac.chart_id = a.id
    LEFT JOIN account_checkpoint cp ON cp.account_id = a.id
              AND end_date = t_roll_forward
    LEFT JOIN (SELECT trans_id, description
                 FROM account_translation at
              INNER JOIN user_preference up ON up.language = at.language_code
              INNER JOIN users ON up.id = users.id
                WHERE users.username = SESSION_USER) at ON a.id = at.trans_id
        WHERE (in_accounts IS NULL OR in_accounts = '{}'
               OR a.id = ANY(in_accounts))
              AND (in_heading IS NULL OR in_heading = a.heading)
     GROUP BY a.id, a.accno, coalesce(at.description, a.description),
              a.category, a.gifi_accno, cp.end_date, cp.account_id, cp.amount,
              cp.debits, cp.credits
       HAVING abs(cp.amount) > 0 or count(ac) > 0 or in_all_accounts
     ORDER BY a.accno;
END;
$$;


--
-- Name: FUNCTION trial_balance__generate(in_from_date date, in_to_date date, in_heading integer, in_accounts integer[], in_ignore_yearend text, in_business_units integer[], in_balance_sign integer, in_all_accounts boolean, in_approved boolean); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.trial_balance__generate(in_from_date date, in_to_date date, in_heading integer, in_accounts integer[], in_ignore_yearend text, in_business_units integer[], in_balance_sign integer, in_all_accounts boolean, in_approved boolean) IS 'Returns a row for each account which has transactions or a starting or
ending balance over the indicated period, except when in_all_accounts
is true, in which case a record is returned for all accounts, even ones
unused over the reporting period.';


--
-- Name: trial_balance__heading_accounts(integer[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.trial_balance__heading_accounts(in_accounts integer[]) RETURNS SETOF public.account
    LANGUAGE sql IMMUTABLE
    AS $_$
    SELECT * FROM account WHERE id in (SELECT unnest($1));
$_$;


--
-- Name: trial_balance__list_headings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.trial_balance__list_headings() RETURNS SETOF public.trial_balance__heading
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT id, accno, description, ARRAY( SELECT id FROM account where heading = ah.id) FROM account_heading ah;
$$;


--
-- Name: trigger_parts_short(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.trigger_parts_short() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.onhand >= NEW.rop THEN
    NOTIFY parts_short;
  END IF;
  RETURN NEW;
END;
$$;


--
-- Name: unlock(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.unlock(in_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE transactions SET locked_by = NULL WHERE id = in_id
           AND locked_by IN (SELECT session_id FROM session WHERE users_id =
                (SELECT id FROM users WHERE username = SESSION_USER));
    RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION unlock(in_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.unlock(in_id integer) IS 'Releases a pessimistic locks against a transaction, if that transaciton, as
identified by in_id exists, and if  it is locked by the current session.
These locks are again only advisory, and the application may choose to handle
them or not.

Returns true if the transaction was unlocked by this routine, false
otherwise.';


--
-- Name: unlock_all(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.unlock_all() RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE transactions SET locked_by = NULL
    where locked_by IN
          (select session_id from session WHERE users_id =
                  (SELECT id FROM users WHERE username = SESSION_USER));

    RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION unlock_all(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.unlock_all() IS 'Releases all pessimistic locks against transactions.  These locks are again
only advisory, and the application may choose to handle them or not.

Returns true if any transactions were unlocked, false otherwise.';


--
-- Name: user__change_password(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user__change_password(in_new_password text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET "DateStyle" TO 'ISO, YMD'
    AS $$
DECLARE
        t_expires timestamp;
        t_password_duration text;
BEGIN
    SELECT value INTO t_password_duration FROM defaults
     WHERE setting_key = 'password_duration';
    IF t_password_duration IS NULL or t_password_duration='' THEN
        t_expires := 'infinity';
    ELSE
        t_expires := now()
                     + (t_password_duration::numeric::text || ' days')::interval;
    END IF;


    UPDATE users SET notify_password = DEFAULT where username = SESSION_USER;

    EXECUTE 'ALTER USER ' || quote_ident(SESSION_USER) ||
            ' with ENCRYPTED password ' || quote_literal(in_new_password) ||
                 ' VALID UNTIL '|| quote_literal(t_expires);
    return 1;
END;
$$;


--
-- Name: FUNCTION user__change_password(in_new_password text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.user__change_password(in_new_password text) IS ' Allows a user to change his or her own password.  The password is set to
expire setting_get(''password_duration'') days after the password change.';


--
-- Name: user__check_my_expiration(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user__check_my_expiration() RETURNS interval
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
    outval interval;
BEGIN
    SELECT CASE WHEN isfinite(rolvaliduntil) is not true THEN '1 year'::interval
                ELSE rolvaliduntil - now() END AS expiration INTO outval
    FROM pg_roles WHERE rolname = SESSION_USER;
    RETURN outval;
end;
$$;


--
-- Name: FUNCTION user__check_my_expiration(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.user__check_my_expiration() IS ' Returns the time when password of the current logged in user is set to
expire.';


--
-- Name: user__expires_soon(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user__expires_soon() RETURNS boolean
    LANGUAGE sql
    AS $$
   SELECT user__check_my_expiration() < '1 week';
$$;


--
-- Name: FUNCTION user__expires_soon(); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.user__expires_soon() IS ' Returns true if the password of the current logged in user is set to expire
within on week.';


--
-- Name: user_listable; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.user_listable AS
 SELECT u.id,
    u.username,
    e.created
   FROM (public.entity e
     JOIN public.users u ON ((u.entity_id = e.id)));


--
-- Name: user__get_all_users(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user__get_all_users() RETURNS SETOF public.user_listable
    LANGUAGE sql
    AS $$

    select * from user_listable;

$$;


--
-- Name: user_preference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_preference (
    id integer NOT NULL,
    language character varying(6),
    stylesheet text DEFAULT 'ledgersmb.css'::text NOT NULL,
    printer text,
    dateformat text DEFAULT 'yyyy-mm-dd'::text NOT NULL,
    numberformat text DEFAULT '1000.00'::text NOT NULL
);


--
-- Name: TABLE user_preference; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.user_preference IS ' This table sets the basic preferences for formats, languages, printers, and user-selected stylesheets.';


--
-- Name: user__get_preferences(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user__get_preferences(in_user_id integer) RETURNS public.user_preference
    LANGUAGE plpgsql
    AS $$

declare
    v_row user_preference;
BEGIN
    select * into v_row from user_preference where id = in_user_id;

    IF NOT FOUND THEN

        RAISE EXCEPTION 'Could not find user preferences for id %', in_user_id;
    ELSE
        return v_row;
    END IF;
END;
$$;


--
-- Name: FUNCTION user__get_preferences(in_user_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.user__get_preferences(in_user_id integer) IS ' Returns the preferences row for the user.';


--
-- Name: user__save_preferences(text, text, text, text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.user__save_preferences(in_dateformat text, in_numberformat text, in_language text, in_stylesheet text, in_printer text) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE user_preference
    SET dateformat = in_dateformat,
        numberformat = in_numberformat,
        language = in_language,
        stylesheet = in_stylesheet,
        printer = in_printer
    WHERE id = (select id from users where username = SESSION_USER);
    RETURN FOUND;
END;
$$;


--
-- Name: FUNCTION user__save_preferences(in_dateformat text, in_numberformat text, in_language text, in_stylesheet text, in_printer text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.user__save_preferences(in_dateformat text, in_numberformat text, in_language text, in_stylesheet text, in_printer text) IS ' Saves user preferences.  Returns true if successful, false if no preferences
were found to update.';


--
-- Name: voucher__delete(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.voucher__delete(in_voucher_id integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
        voucher_row RECORD;
BEGIN
    SELECT * INTO voucher_row FROM voucher WHERE id = in_voucher_id;
    IF voucher_row.batch_class IN (1, 2, 5) THEN
        DELETE FROM ac_tax_form WHERE entry_id IN (
               SELECT entry_id
                 FROM acc_trans
               WHERE trans_id = voucher_row.trans_id);

        DELETE FROM acc_trans WHERE trans_id = voucher_row.trans_id;

        -- deletion of the ar/ap/gl row causes removal of the `transactions`
        -- row, which fails if the voucher isn't deleted...
        DELETE FROM voucher WHERE id = voucher_row.id;
        DELETE FROM ar WHERE id = voucher_row.trans_id;
        DELETE FROM ap WHERE id = voucher_row.trans_id;
        DELETE FROM gl WHERE id = voucher_row.trans_id;
    ELSE
        DELETE FROM ac_tax_form WHERE entry_id IN
               (select entry_id from acc_trans
                 where voucher_id = voucher_row.id);

        DELETE FROM acc_trans where voucher_id = voucher_row.id;
        DELETE FROM voucher WHERE id = voucher_row.id;
    END IF;

    RETURN 1;
END;
$$;


--
-- Name: FUNCTION voucher__delete(in_voucher_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.voucher__delete(in_voucher_id integer) IS ' Deletes the specified voucher from the batch.';


--
-- Name: voucher__list(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.voucher__list(in_batch_id integer) RETURNS SETOF public.voucher_list
    LANGUAGE sql
    AS $$
                SELECT v.id, a.invoice, a.invnumber, e.name,
                        v.batch_id, v.trans_id,
                        a.amount, a.transdate, 'Payable', v.batch_class
                FROM voucher v
                JOIN ap a ON (v.trans_id = a.id)
                JOIN entity_credit_account eca
                        ON (eca.id = a.entity_credit_account)
                JOIN entity e ON (eca.entity_id = e.id)
                WHERE v.batch_id = in_batch_id
                        AND v.batch_class = (select id from batch_class
                                        WHERE class = 'ap')
                UNION
                SELECT v.id, a.invoice, a.invnumber, e.name,
                        v.batch_id, v.trans_id,
                        a.amount, a.transdate, 'Receivable', v.batch_class
                FROM voucher v
                JOIN ar a ON (v.trans_id = a.id)
                JOIN entity_credit_account eca
                        ON (eca.id = a.entity_credit_account)
                JOIN entity e ON (eca.entity_id = e.id)
                WHERE v.batch_id = in_batch_id
                        AND v.batch_class = (select id from batch_class
                                        WHERE class = 'ar')
                UNION ALL
                -- TODO:  Add the class labels to the class table.
                SELECT v.id, false, a.source,
                        cr.meta_number || '--'  || co.legal_name ,
                        v.batch_id, v.trans_id,
                        sum(CASE WHEN bc.class LIKE 'payment%' THEN a.amount * -1
                             ELSE a.amount  END), a.transdate,
                        CASE WHEN bc.class = 'payment' THEN 'Payment'
                             WHEN bc.class = 'payment_reversal'
                             THEN 'Payment Reversal'
                        END, v.batch_class
                FROM voucher v
                JOIN acc_trans a ON (v.id = a.voucher_id)
                JOIN batch_class bc ON (bc.id = v.batch_class)
                JOIN account_link l ON (a.chart_id = l.account_id)
                JOIN ap ON (ap.id = a.trans_id)
                JOIN entity_credit_account cr
                        ON (ap.entity_credit_account = cr.id)
                JOIN company co ON (cr.entity_id = co.entity_id)
                WHERE v.batch_id = in_batch_id
                        AND a.voucher_id = v.id
                        AND (bc.class like 'payment%' AND l.description = 'AP')
                GROUP BY v.id, a.source, cr.meta_number, co.legal_name ,
                        v.batch_id, v.trans_id, a.transdate, bc.class

                UNION ALL
                SELECT v.id, false, a.source, a.memo,
                        v.batch_id, v.trans_id,
                        CASE WHEN bc.class LIKE 'receipt%' THEN sum(a.amount) * -1
                             ELSE sum(a.amount)  END, a.transdate,
                        CASE WHEN bc.class = 'receipt' THEN 'Receipt'
                             WHEN bc.class = 'receipt_reversal'
                             THEN 'Receipt Reversal'
                        END, v.batch_class
                FROM voucher v
                JOIN acc_trans a ON (v.id = a.voucher_id)
                JOIN batch_class bc ON (bc.id = v.batch_class)
                JOIN account_link l ON (a.chart_id = l.account_id)
                JOIN ar ON (ar.id = a.trans_id)
                JOIN entity_credit_account cr
                        ON (ar.entity_credit_account = cr.id)
                JOIN company co ON (cr.entity_id = co.entity_id)
                WHERE v.batch_id = in_batch_id
                        AND a.voucher_id = v.id
                        AND (bc.class like 'receipt%' AND l.description = 'AR')
                GROUP BY v.id, a.source, cr.meta_number, co.legal_name ,
                        a.memo, v.batch_id, v.trans_id, a.transdate, bc.class
                UNION ALL
                SELECT v.id, false, g.reference, g.description,
                        v.batch_id, v.trans_id,
                        sum(a.amount), g.transdate, 'GL', v.batch_class
                FROM voucher v
                JOIN gl g ON (g.id = v.trans_id)
                JOIN acc_trans a ON (v.trans_id = a.trans_id)
                WHERE a.amount > 0
                        AND v.batch_id = in_batch_id
                        AND v.batch_class IN (select id from batch_class
                                        where class = 'gl')
                GROUP BY v.id, g.reference, g.description, v.batch_id,
                        v.trans_id, g.transdate
                ORDER BY 7, 1
$$;


--
-- Name: FUNCTION voucher__list(in_batch_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.voucher__list(in_batch_id integer) IS ' Retrieves a list of vouchers and amounts attached to the batch.';


--
-- Name: voucher_get_batch(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.voucher_get_batch(in_batch_id integer) RETURNS public.batch
    LANGUAGE plpgsql
    AS $$
DECLARE
        batch_out batch%ROWTYPE;
BEGIN
        SELECT * INTO batch_out FROM batch b WHERE b.id = in_batch_id;
        RETURN batch_out;
END;
$$;


--
-- Name: FUNCTION voucher_get_batch(in_batch_id integer); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON FUNCTION public.voucher_get_batch(in_batch_id integer) IS ' Retrieves basic batch information based on batch_id.';


--
-- Name: payroll_wage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_wage (
    entry_id integer NOT NULL,
    entity_id integer NOT NULL,
    type_id integer NOT NULL,
    rate numeric NOT NULL
);


--
-- Name: wage__list_for_entity(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.wage__list_for_entity(in_entity_id integer) RETURNS SETOF public.payroll_wage
    LANGUAGE sql
    AS $_$
SELECT * FROM payroll_wage WHERE entity_id = $1;
$_$;


--
-- Name: wage__list_types(integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.wage__list_types(in_country_id integer) RETURNS SETOF public.payroll_income_type
    LANGUAGE sql
    AS $_$
SELECT * FROM payroll_income_type where country_id = $1
$_$;


--
-- Name: wage__save(numeric, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.wage__save(in_rate numeric, in_entity_id integer, in_type_id integer) RETURNS public.payroll_wage
    LANGUAGE plpgsql
    AS $$
DECLARE
  return_wage payroll_wage;
BEGIN

UPDATE payroll_wage
   SET rate = in_rate
 WHERE entity_id = in_entity_id and in_type_id;


IF NOT FOUND THEN
    INSERT INTO payroll_wage (entity_id, type_id, rate)
    VALUES (in_entity_id, in_type_id, in_rate);
END IF;

SELECT * INTO return_wage FROM payroll_wage
             WHERE entity_id = in_entity_id and in_type_id;

RETURN return_wage;
END;
$$;


--
-- Name: warehouse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.warehouse (
    id integer NOT NULL,
    description text
);


--
-- Name: warehouse__list(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.warehouse__list() RETURNS SETOF public.warehouse
    LANGUAGE sql
    AS $$
SELECT * FROM warehouse ORDER BY DESCRIPTION;
$$;


--
-- Name: warehouse__list_all(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.warehouse__list_all() RETURNS SETOF public.warehouse
    LANGUAGE sql
    AS $$
SELECT * FROM warehouse order by description;
$$;


--
-- Name: as_array(anyelement); Type: AGGREGATE; Schema: public; Owner: -
--

CREATE AGGREGATE public.as_array(anyelement) (
    SFUNC = public.lsmb_array_append,
    STYPE = anyarray,
    INITCOND = '{}'
);


--
-- Name: AGGREGATE as_array(anyelement); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON AGGREGATE public.as_array(anyelement) IS ' A basic array aggregate to take elements and return a one-dimensional array.

Example:  SELECT as_array(id) from entity_class;
';


--
-- Name: compound_array(anyarray); Type: AGGREGATE; Schema: public; Owner: -
--

CREATE AGGREGATE public.compound_array(anyarray) (
    SFUNC = public.compound_array,
    STYPE = anyarray,
    INITCOND = '{}'
);


--
-- Name: AGGREGATE compound_array(anyarray); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON AGGREGATE public.compound_array(anyarray) IS ' Returns an n dimensional array.

Example: SELECT as_array(ARRAY[id::text, class]) from contact_class
';


--
-- Name: concat_colon(text); Type: AGGREGATE; Schema: public; Owner: -
--

CREATE AGGREGATE public.concat_colon(text) (
    SFUNC = public.concat_colon,
    STYPE = text
);


--
-- Name: AGGREGATE concat_colon(text); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON AGGREGATE public.concat_colon(text) IS ' This is a sumple aggregate to return values from the database in a
colon-separated list.  Other programs probably should not rely on this since
it is primarily included for the chart view.';


--
-- Name: to_args(text[]); Type: AGGREGATE; Schema: public; Owner: -
--

CREATE AGGREGATE public.to_args(text[]) (
    SFUNC = public.to_args,
    STYPE = text[],
    INITCOND = '{}'
);


--
-- Name: AGGREGATE to_args(text[]); Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON AGGREGATE public.to_args(text[]) IS ' Turns a setof ARRAY[key,value] into an
ARRAY[key||''=''||value, key||''=''||value,...]
';


--
-- Name: ac_tax_form; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ac_tax_form (
    entry_id integer NOT NULL,
    reportable boolean
);


--
-- Name: TABLE ac_tax_form; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.ac_tax_form IS ' Mapping journal_line to country_tax_form for reporting purposes.';


--
-- Name: acc_trans_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.acc_trans_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: acc_trans_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.acc_trans_entry_id_seq OWNED BY public.acc_trans.entry_id;


--
-- Name: account_checkpoint_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_checkpoint_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_checkpoint_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.account_checkpoint_id_seq OWNED BY public.account_checkpoint.id;


--
-- Name: account_heading_descendant; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.account_heading_descendant AS
 WITH RECURSIVE account_headings AS (
         SELECT account_heading.id,
            1 AS level,
            account_heading.id AS descendant_id,
            account_heading.accno,
            account_heading.accno AS descendant_accno
           FROM public.account_heading
        UNION ALL
         SELECT at.id,
            (at.level + 1) AS level,
            ah.id AS descendant_id,
            at.accno,
            ah.accno AS descendant_accno
           FROM (public.account_heading ah
             JOIN account_headings at ON ((ah.parent_id = at.descendant_id)))
        )
 SELECT account_headings.id,
    account_headings.level,
    account_headings.descendant_id,
    account_headings.accno,
    account_headings.descendant_accno
   FROM account_headings;


--
-- Name: VIEW account_heading_descendant; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.account_heading_descendant IS ' Returns rows for
each heading listing its immediate children, children of children, etc., etc.

This is primarily practical when calculating subtotals
for PNL and B/S headings.';


--
-- Name: account_heading_derived_category; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.account_heading_derived_category AS
 SELECT derivation.id,
    derivation.accno,
    derivation.description,
    derivation.parent_id,
    derivation.original_category,
    derivation.asset_count,
    derivation.liability_count,
    derivation.expense_count,
    derivation.income_count,
    derivation.equity_count,
    derivation.derived_category,
    COALESCE(derivation.original_category, (derivation.derived_category)::bpchar) AS category
   FROM ( SELECT category_counts.id,
            category_counts.accno,
            category_counts.description,
            category_counts.parent_id,
            category_counts.original_category,
            category_counts.asset_count,
            category_counts.liability_count,
            category_counts.expense_count,
            category_counts.income_count,
            category_counts.equity_count,
                CASE
                    WHEN (category_counts.equity_count > 0) THEN 'Q'::text
                    WHEN ((category_counts.income_count > 0) AND (category_counts.expense_count > 0)) THEN 'Q'::text
                    WHEN ((category_counts.asset_count > 0) AND (category_counts.liability_count > 0)) THEN 'Q'::text
                    WHEN (category_counts.asset_count > 0) THEN 'A'::text
                    WHEN (category_counts.liability_count > 0) THEN 'L'::text
                    WHEN (category_counts.expense_count > 0) THEN 'E'::text
                    WHEN (category_counts.income_count > 0) THEN 'I'::text
                    ELSE NULL::text
                END AS derived_category
           FROM ( SELECT ah.id,
                    ah.accno,
                    ah.description,
                    ah.parent_id,
                    ah.category AS original_category,
                    count(
                        CASE
                            WHEN (acc.category = 'A'::bpchar) THEN acc.category
                            ELSE NULL::bpchar
                        END) AS asset_count,
                    count(
                        CASE
                            WHEN (acc.category = 'L'::bpchar) THEN acc.category
                            ELSE NULL::bpchar
                        END) AS liability_count,
                    count(
                        CASE
                            WHEN (acc.category = 'E'::bpchar) THEN acc.category
                            ELSE NULL::bpchar
                        END) AS expense_count,
                    count(
                        CASE
                            WHEN (acc.category = 'I'::bpchar) THEN acc.category
                            ELSE NULL::bpchar
                        END) AS income_count,
                    count(
                        CASE
                            WHEN (acc.category = 'Q'::bpchar) THEN acc.category
                            ELSE NULL::bpchar
                        END) AS equity_count
                   FROM ((public.account_heading_descendant ahd
                     JOIN public.account_heading ah ON ((ahd.id = ah.id)))
                     LEFT JOIN public.account acc ON ((ahd.descendant_id = acc.heading)))
                  GROUP BY ah.id, ah.accno, ah.description, ah.parent_id, ah.category) category_counts) derivation;


--
-- Name: VIEW account_heading_derived_category; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.account_heading_derived_category IS ' Lists for each row
the derived category for each heading, based on the categories of the
linked accounts.';


--
-- Name: account_heading_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_heading_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_heading_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.account_heading_id_seq OWNED BY public.account_heading.id;


--
-- Name: account_heading_tree; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.account_heading_tree AS
 WITH RECURSIVE account_headings AS (
         SELECT account_heading.id,
            account_heading.accno,
            account_heading.description,
            1 AS level,
            ARRAY[account_heading.id] AS path
           FROM public.account_heading
          WHERE (account_heading.parent_id IS NULL)
        UNION ALL
         SELECT ah.id,
            ah.accno,
            ah.description,
            (at.level + 1) AS level,
            array_append(at.path, ah.id) AS path
           FROM (public.account_heading ah
             JOIN account_headings at ON ((ah.parent_id = at.id)))
        )
 SELECT account_headings.id,
    account_headings.accno,
    account_headings.description,
    account_headings.level,
    account_headings.path
   FROM account_headings;


--
-- Name: VIEW account_heading_tree; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.account_heading_tree IS ' Returns in the ''path'' field an
array which contains the path of the heading to its associated root.';


--
-- Name: account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;


--
-- Name: assembly; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assembly (
    id integer NOT NULL,
    parts_id integer NOT NULL,
    qty numeric,
    bom boolean,
    adj boolean
);


--
-- Name: TABLE assembly; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.assembly IS 'Holds mapping for parts that are members of assemblies.';


--
-- Name: COLUMN assembly.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.assembly.id IS 'This is the id of the assembly the part is being mapped to.';


--
-- Name: COLUMN assembly.parts_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.assembly.parts_id IS 'ID of part that is a member of the assembly.';


--
-- Name: asset_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.asset_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: asset_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.asset_class_id_seq OWNED BY public.asset_class.id;


--
-- Name: asset_dep_method_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.asset_dep_method_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: asset_dep_method_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.asset_dep_method_id_seq OWNED BY public.asset_dep_method.id;


--
-- Name: asset_disposal_method_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.asset_disposal_method_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: asset_disposal_method_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.asset_disposal_method_id_seq OWNED BY public.asset_disposal_method.id;


--
-- Name: asset_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.asset_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: asset_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.asset_item_id_seq OWNED BY public.asset_item.id;


--
-- Name: asset_report_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_report_class (
    id integer NOT NULL,
    class text NOT NULL
);


--
-- Name: TABLE asset_report_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.asset_report_class IS '  By default only four types of asset reports are supported.  In the future
others may be added.  Please correspond on the list before adding more types.';


--
-- Name: asset_report_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.asset_report_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: asset_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.asset_report_id_seq OWNED BY public.asset_report.id;


--
-- Name: asset_report_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_report_line (
    asset_id bigint NOT NULL,
    report_id bigint NOT NULL,
    amount numeric,
    department_id integer,
    warehouse_id integer
);


--
-- Name: COLUMN asset_report_line.department_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.asset_report_line.department_id IS ' In case assets are moved between departments, we have to store this here.';


--
-- Name: asset_rl_to_disposal_method; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_rl_to_disposal_method (
    report_id integer NOT NULL,
    asset_id integer NOT NULL,
    disposal_method_id integer NOT NULL,
    percent_disposed numeric
);


--
-- Name: TABLE asset_rl_to_disposal_method; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.asset_rl_to_disposal_method IS ' Maps disposal method to line items in the asset disposal report.';


--
-- Name: asset_unit_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.asset_unit_class (
    id integer NOT NULL,
    class text NOT NULL
);


--
-- Name: audittrail; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audittrail (
    trans_id integer,
    tablename text,
    reference text,
    formname text,
    action text,
    transdate timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    person_id integer,
    entry_id bigint NOT NULL,
    rolname text DEFAULT SESSION_USER NOT NULL
);


--
-- Name: TABLE audittrail; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.audittrail IS ' This stores information on who entered or updated rows in the ar, ap, or gl
tables.';


--
-- Name: audittrail_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audittrail_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audittrail_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audittrail_entry_id_seq OWNED BY public.audittrail.entry_id;


--
-- Name: batch_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.batch_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: batch_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.batch_class_id_seq OWNED BY public.batch_class.id;


--
-- Name: batch_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.batch_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: batch_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.batch_id_seq OWNED BY public.batch.id;


--
-- Name: bu_class_to_module; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.bu_class_to_module (
    bu_class_id integer NOT NULL,
    module_id integer NOT NULL
);


--
-- Name: budget_info; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.budget_info (
    id integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    reference text NOT NULL,
    description text NOT NULL,
    entered_by integer DEFAULT public.person__get_my_entity_id() NOT NULL,
    approved_by integer,
    obsolete_by integer,
    entered_at timestamp without time zone DEFAULT now() NOT NULL,
    approved_at timestamp without time zone,
    obsolete_at timestamp without time zone,
    CONSTRAINT budget_info_check CHECK ((start_date < end_date))
);


--
-- Name: budget_info_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.budget_info_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: budget_info_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.budget_info_id_seq OWNED BY public.budget_info.id;


--
-- Name: budget_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.budget_line (
    budget_id integer NOT NULL,
    account_id integer NOT NULL,
    description text,
    amount numeric NOT NULL
);


--
-- Name: budget_to_business_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.budget_to_business_unit (
    budget_id integer NOT NULL,
    bu_id integer NOT NULL,
    bu_class integer NOT NULL
);


--
-- Name: business_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.business_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: business_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.business_id_seq OWNED BY public.business.id;


--
-- Name: business_unit_ac; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit_ac (
    entry_id integer NOT NULL,
    class_id integer NOT NULL,
    bu_id integer NOT NULL
);


--
-- Name: business_unit_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.business_unit_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: business_unit_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.business_unit_class_id_seq OWNED BY public.business_unit_class.id;


--
-- Name: business_unit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.business_unit_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: business_unit_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.business_unit_id_seq OWNED BY public.business_unit.id;


--
-- Name: business_unit_inv; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit_inv (
    entry_id integer NOT NULL,
    class_id integer NOT NULL,
    bu_id integer NOT NULL
);


--
-- Name: business_unit_jl; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit_jl (
    entry_id integer NOT NULL,
    bu_class integer NOT NULL,
    bu_id integer NOT NULL
);


--
-- Name: business_unit_oitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit_oitem (
    entry_id integer NOT NULL,
    class_id integer NOT NULL,
    bu_id integer NOT NULL
);


--
-- Name: business_unit_translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_unit_translation (
)
INHERITS (public.translation);


--
-- Name: TABLE business_unit_translation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.business_unit_translation IS ' Translation information for projects, departments, etc.';


--
-- Name: cash_impact; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.cash_impact AS
 SELECT gl.id,
    '1'::numeric AS portion,
    'gl'::text AS rel,
    gl.transdate
   FROM public.gl
UNION ALL
 SELECT gl.id,
        CASE
            WHEN (gl.amount = (0)::numeric) THEN (0)::numeric
            WHEN (gl.transdate = ac.transdate) THEN ((1)::numeric + (sum(ac.amount) / gl.amount))
            ELSE ((1)::numeric - ((gl.amount - sum(ac.amount)) / gl.amount))
        END AS portion,
    'ar'::text AS rel,
    ac.transdate
   FROM ((public.ar gl
     JOIN public.acc_trans ac ON ((ac.trans_id = gl.id)))
     JOIN public.account_link al ON (((ac.chart_id = al.account_id) AND (al.description = 'AR'::text))))
  GROUP BY gl.id, gl.amount, ac.transdate, gl.transdate
UNION ALL
 SELECT gl.id,
        CASE
            WHEN (gl.amount = (0)::numeric) THEN (0)::numeric
            WHEN (gl.transdate = ac.transdate) THEN ((1)::numeric - (sum(ac.amount) / gl.amount))
            ELSE ((1)::numeric - ((gl.amount + sum(ac.amount)) / gl.amount))
        END AS portion,
    'ap'::text AS rel,
    ac.transdate
   FROM ((public.ap gl
     JOIN public.acc_trans ac ON ((ac.trans_id = gl.id)))
     JOIN public.account_link al ON (((ac.chart_id = al.account_id) AND (al.description = 'AP'::text))))
  GROUP BY gl.id, gl.amount, ac.transdate, gl.transdate;


--
-- Name: VIEW cash_impact; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.cash_impact IS ' This view is used by cash basis reports to determine the fraction of a
transaction to be counted.';


--
-- Name: company_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.company_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: company_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.company_id_seq OWNED BY public.company.id;


--
-- Name: contact_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contact_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contact_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.contact_class_id_seq OWNED BY public.contact_class.id;


--
-- Name: country_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.country_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: country_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.country_id_seq OWNED BY public.country.id;


--
-- Name: country_tax_form_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.country_tax_form_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: country_tax_form_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.country_tax_form_id_seq OWNED BY public.country_tax_form.id;


--
-- Name: cr_coa_to_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cr_coa_to_account (
    chart_id integer NOT NULL,
    account text NOT NULL
);


--
-- Name: TABLE cr_coa_to_account; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.cr_coa_to_account IS ' Provides name mapping for the cash reconciliation screen.';


--
-- Name: cr_report_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cr_report_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cr_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cr_report_id_seq OWNED BY public.cr_report.id;


--
-- Name: cr_report_line_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cr_report_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cr_report_line_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cr_report_line_id_seq OWNED BY public.cr_report_line.id;


--
-- Name: custom_field_catalog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_field_catalog (
    field_id integer NOT NULL,
    table_id integer,
    field_name text
);


--
-- Name: TABLE custom_field_catalog; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.custom_field_catalog IS ' Deprecated, all use removed from old code.';


--
-- Name: custom_field_catalog_field_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.custom_field_catalog_field_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: custom_field_catalog_field_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.custom_field_catalog_field_id_seq OWNED BY public.custom_field_catalog.field_id;


--
-- Name: custom_table_catalog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_table_catalog (
    table_id integer NOT NULL,
    extends text,
    table_name text
);


--
-- Name: TABLE custom_table_catalog; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.custom_table_catalog IS ' Deprecated, all use removed from old code.';


--
-- Name: custom_table_catalog_table_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.custom_table_catalog_table_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: custom_table_catalog_table_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.custom_table_catalog_table_id_seq OWNED BY public.custom_table_catalog.table_id;


--
-- Name: eca_to_location; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.eca_to_location (
    location_id integer NOT NULL,
    location_class integer NOT NULL,
    credit_id integer NOT NULL
);


--
-- Name: TABLE eca_to_location; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.eca_to_location IS ' This table is used for locations bound to contracts.  For generic contact
addresses, use entity_to_location instead ';


--
-- Name: employee_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.employee_class (
    label text NOT NULL,
    id integer NOT NULL
);


--
-- Name: employee_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.employee_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: employee_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.employee_class_id_seq OWNED BY public.employee_class.id;


--
-- Name: employee_to_ec; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.employee_to_ec (
    employee_id integer NOT NULL,
    ec_id integer
);


--
-- Name: entity_bank_account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entity_bank_account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entity_bank_account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entity_bank_account_id_seq OWNED BY public.entity_bank_account.id;


--
-- Name: entity_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entity_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entity_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entity_class_id_seq OWNED BY public.entity_class.id;


--
-- Name: entity_credit_account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entity_credit_account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entity_credit_account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entity_credit_account_id_seq OWNED BY public.entity_credit_account.id;


--
-- Name: entity_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entity_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entity_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.entity_id_seq OWNED BY public.entity.id;


--
-- Name: entity_other_name; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_other_name (
    entity_id integer NOT NULL,
    other_name text NOT NULL,
    CONSTRAINT entity_other_name_other_name_check CHECK ((other_name ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE entity_other_name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_other_name IS ' Similar to company_other_name, a person
may be jd, Joshua Drake, linuxpoet... all are the same person.  Currently
unused in the front-end but will likely be added in future versions.';


--
-- Name: entity_to_location; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entity_to_location (
    location_id integer NOT NULL,
    location_class integer NOT NULL,
    entity_id integer NOT NULL
);


--
-- Name: TABLE entity_to_location; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.entity_to_location IS ' This table is used for locations generic to companies.  For contract-bound
addresses, use eca_to_location instead ';


--
-- Name: exchangerate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.exchangerate (
    curr character(3) NOT NULL,
    transdate date NOT NULL,
    buy numeric,
    sell numeric
);


--
-- Name: TABLE exchangerate; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.exchangerate IS ' When you receive money in a foreign currency, it is worth to you in your local currency
whatever you can get for it when you sell the acquired currency (sell rate).
When you have to pay someone in a foreign currency, the equivalent amount is the amount
you have to spend to acquire the foreign currency (buy rate).';


--
-- Name: file_base_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.file_base_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: file_base_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.file_base_id_seq OWNED BY public.file_base.id;


--
-- Name: file_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_class (
    id integer NOT NULL,
    class text NOT NULL
);


--
-- Name: TABLE file_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_class IS ' File classes are collections of files attached against rows in specific
tables in the database.  They can be used in the future to implement other form
of file attachment. ';


--
-- Name: file_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.file_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: file_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.file_class_id_seq OWNED BY public.file_class.id;


--
-- Name: file_eca; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_eca (
    CONSTRAINT file_eca_file_class_check CHECK ((file_class = 5))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_eca; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_eca IS ' File attachments primarily attached to customer and vendor agreements.';


--
-- Name: file_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_entity (
    CONSTRAINT file_entity_file_class_check CHECK ((file_class = 4))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_entity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_entity IS ' File attachments primarily attached to entities.';


--
-- Name: file_incoming; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_incoming (
    CONSTRAINT file_incoming_file_class_check CHECK ((file_class = 7)),
    CONSTRAINT file_incoming_ref_key_check CHECK ((ref_key = 0))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_incoming; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_incoming IS ' This is essentially a spool for files to be reviewed and attached.  It is
important that the names are somehow guaranteed to be unique, so one may want to prepend them with an email equivalent or the like.';


--
-- Name: COLUMN file_incoming.ref_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.file_incoming.ref_key IS ' Always must be 0, and we have no primary key since these files all
are for interal incoming use, not categorized.';


--
-- Name: file_internal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_internal (
    CONSTRAINT file_internal_file_class_check CHECK ((file_class = 6)),
    CONSTRAINT file_internal_ref_key_check CHECK ((ref_key = 0))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_internal; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_internal IS ' This is for internal files used operationally by LedgerSMB.  For example,
company logos would be here.';


--
-- Name: COLUMN file_internal.ref_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.file_internal.ref_key IS ' Always must be 0, and we have no primary key since these files all
are for internal use and against the company, not categorized.';


--
-- Name: file_order; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_order (
    CONSTRAINT file_order_file_class_check CHECK ((file_class = 2))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_order; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_order IS ' File attachments primarily attached to orders and quotations.';


--
-- Name: file_order_to_order; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_order_to_order (
    CONSTRAINT file_order_to_order_dest_class_check CHECK ((dest_class = 2)),
    CONSTRAINT file_order_to_order_source_class_check CHECK ((source_class = 2))
)
INHERITS (public.file_secondary_attachment);


--
-- Name: TABLE file_order_to_order; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_order_to_order IS ' Secondary links from one order to another, for example to support order
consolidation.';


--
-- Name: file_order_to_tx; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_order_to_tx (
    CONSTRAINT file_order_to_tx_dest_class_check CHECK ((dest_class = 1)),
    CONSTRAINT file_order_to_tx_source_class_check CHECK ((source_class = 2))
)
INHERITS (public.file_secondary_attachment);


--
-- Name: TABLE file_order_to_tx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_order_to_tx IS ' Secondary links from orders to transactions, for example to track files when
invoices are generated from orders.';


--
-- Name: file_part; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_part (
    CONSTRAINT file_part_file_class_check CHECK ((file_class = 3))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_part; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_part IS ' File attachments primarily attached to goods and services.';


--
-- Name: file_transaction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_transaction (
    CONSTRAINT file_transaction_file_class_check CHECK ((file_class = 1))
)
INHERITS (public.file_base);


--
-- Name: TABLE file_transaction; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_transaction IS ' File attachments primarily attached to AR/AP/GL.';


--
-- Name: file_tx_to_order; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_tx_to_order (
    CONSTRAINT file_tx_to_order_dest_class_check CHECK ((dest_class = 2)),
    CONSTRAINT file_tx_to_order_source_class_check CHECK ((source_class = 1))
)
INHERITS (public.file_secondary_attachment);


--
-- Name: TABLE file_tx_to_order; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.file_tx_to_order IS ' Secondary links from journal entries to orders.';


--
-- Name: file_view_catalog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.file_view_catalog (
    file_class integer NOT NULL,
    view_name text NOT NULL
);


--
-- Name: fixes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fixes (
    checksum text NOT NULL,
    path text NOT NULL,
    stdout text,
    stderr text,
    applied_at timestamp without time zone DEFAULT now()
);


--
-- Name: inventory_report_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.inventory_report_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: inventory_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.inventory_report_id_seq OWNED BY public.inventory_report.id;


--
-- Name: invoice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invoice (
    id integer NOT NULL,
    trans_id integer,
    parts_id integer,
    description text,
    qty numeric,
    allocated numeric,
    sellprice numeric,
    "precision" integer,
    fxsellprice numeric,
    discount numeric,
    assemblyitem boolean DEFAULT false,
    unit character varying,
    deliverydate date,
    serialnumber text,
    vendor_sku text,
    notes text,
    CONSTRAINT invoice_allocation_constraint CHECK ((((allocated * ('-1'::integer)::numeric) >= LEAST((0)::numeric, qty)) AND ((allocated * ('-1'::integer)::numeric) <= GREATEST(qty, (0)::numeric))))
);


--
-- Name: TABLE invoice; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.invoice IS 'Line items of invoices with goods/services attached.';


--
-- Name: COLUMN invoice.qty; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.invoice.qty IS 'Positive is normal for sales invoices, negative for vendor invoices.';


--
-- Name: COLUMN invoice.allocated; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.invoice.allocated IS 'Number of allocated items, negative relative to qty.
When qty + allocated = 0, then the item is fully used for purposes of COGS
calculations.';


--
-- Name: invoice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.invoice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: invoice_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.invoice_id_seq OWNED BY public.invoice.id;


--
-- Name: invoice_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invoice_note (
)
INHERITS (public.note);


--
-- Name: invoice_tax_form; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invoice_tax_form (
    invoice_id integer NOT NULL,
    reportable boolean
);


--
-- Name: TABLE invoice_tax_form; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.invoice_tax_form IS ' Maping invoice to country_tax_form.';


--
-- Name: jcitems_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.jcitems_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jcitems_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.jcitems_id_seq OWNED BY public.jcitems.id;


--
-- Name: job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job (
    bu_id integer NOT NULL,
    parts_id integer,
    production numeric DEFAULT 0,
    completed numeric DEFAULT 0
);


--
-- Name: COLUMN job.parts_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.job.parts_id IS ' Job costing/manufacturing here not implemented.';


--
-- Name: journal_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.journal_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: journal_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.journal_entry_id_seq OWNED BY public.journal_entry.id;


--
-- Name: journal_line_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.journal_line_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: journal_line_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.journal_line_id_seq OWNED BY public.journal_line.id;


--
-- Name: journal_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_note (
    internal_only boolean DEFAULT false NOT NULL,
    CONSTRAINT journal_note_note_class_check CHECK ((note_class = 5))
)
INHERITS (public.note);


--
-- Name: TABLE journal_note; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.journal_note IS ' This stores notes attached to journal entries, including payments and
invoices.';


--
-- Name: COLUMN journal_note.internal_only; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.journal_note.internal_only IS ' When set to true, does not show up in notes list for invoice templates';


--
-- Name: journal_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.journal_type (
    id integer NOT NULL,
    name text NOT NULL
);


--
-- Name: TABLE journal_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.journal_type IS ' This table describes the journal entry type of the transaction.  The
following values are hard coded by default:
1:  General journal
2:  Sales (AR)
3:  Purchases (AP)
4:  Receipts
5:  Payments

';


--
-- Name: journal_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.journal_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: journal_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.journal_type_id_seq OWNED BY public.journal_type.id;


--
-- Name: location_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.location_class (
    id integer NOT NULL,
    class text NOT NULL,
    authoritative boolean NOT NULL,
    CONSTRAINT location_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE location_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.location_class IS '
Individuals seeking to add new location classes should coordinate with others.
';


--
-- Name: location_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.location_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: location_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.location_class_id_seq OWNED BY public.location_class.id;


--
-- Name: location_class_to_entity_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.location_class_to_entity_class (
    id integer NOT NULL,
    location_class integer NOT NULL,
    entity_class integer NOT NULL
);


--
-- Name: TABLE location_class_to_entity_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.location_class_to_entity_class IS 'This determines which location classes go with which entity classes';


--
-- Name: location_class_to_entity_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.location_class_to_entity_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: location_class_to_entity_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.location_class_to_entity_class_id_seq OWNED BY public.location_class_to_entity_class.id;


--
-- Name: location_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.location_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: location_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.location_id_seq OWNED BY public.location.id;


--
-- Name: lot_tracking_number; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.lot_tracking_number
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: lsmb_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lsmb_group (
    role_name text NOT NULL
);


--
-- Name: makemodel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.makemodel (
    parts_id integer NOT NULL,
    barcode text,
    make text NOT NULL,
    model text NOT NULL
);


--
-- Name: TABLE makemodel; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.makemodel IS ' A single parts entry can have multiple make/model entries.  These
store manufacturer/model number info.';


--
-- Name: menu_acl; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.menu_acl (
    id integer NOT NULL,
    role_name character varying NOT NULL,
    acl_type character varying,
    node_id integer NOT NULL,
    CONSTRAINT menu_acl_acl_type_check CHECK ((((acl_type)::text = 'allow'::text) OR ((acl_type)::text = 'deny'::text)))
);


--
-- Name: TABLE menu_acl; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.menu_acl IS 'Provides access control list entries for menu nodes.';


--
-- Name: COLUMN menu_acl.acl_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.menu_acl.acl_type IS ' Nodes are hidden unless a role is found of which the user is a member, and
where the acl_type for that role type and node is set to ''allow'' and no acl is
found for any role of which the user is a member, where the acl_type is set to
''deny''.';


--
-- Name: menu_acl_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.menu_acl_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: menu_acl_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.menu_acl_id_seq OWNED BY public.menu_acl.id;


--
-- Name: menu_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.menu_attribute (
    node_id integer NOT NULL,
    attribute character varying NOT NULL,
    value character varying NOT NULL,
    id integer NOT NULL
);


--
-- Name: TABLE menu_attribute; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.menu_attribute IS ' This table stores the callback information for each menu item.  The
attributes are stored in key/value modelling because of the fact that this
best matches the semantic structure of the information.

Each node should have EITHER a menu or a module attribute, menu for a menu with
sub-items, module for an executiable script.  The module attribute identifies
the perl script to be run.  The action attribute identifies the entry point.

Beyond this, any other attributes that should be passed in can be done as other
attributes.
';


--
-- Name: menu_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.menu_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: menu_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.menu_attribute_id_seq OWNED BY public.menu_attribute.id;


--
-- Name: menu_node; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.menu_node (
    id integer NOT NULL,
    label character varying NOT NULL,
    parent integer,
    "position" integer NOT NULL
);


--
-- Name: TABLE menu_node; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.menu_node IS 'This table stores the tree structure of the menu.';


--
-- Name: menu_friendly; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.menu_friendly AS
 WITH RECURSIVE tree(path, id, parent, level, positions) AS (
         SELECT (menu_node.id)::text AS path,
            menu_node.id,
            menu_node.parent,
            0 AS level,
            (menu_node."position")::text AS "position"
           FROM public.menu_node
          WHERE (menu_node.parent IS NULL)
        UNION
         SELECT ((t_1.path || ','::text) || (n_1.id)::text),
            n_1.id,
            n_1.parent,
            (t_1.level + 1),
            ((t_1.positions || ','::text) || n_1."position")
           FROM (public.menu_node n_1
             JOIN tree t_1 ON ((t_1.id = n_1.parent)))
        )
 SELECT t.level,
    t.path,
    (repeat(' '::text, (2 * t.level)) || (n.label)::text) AS label,
    n.id,
    n."position"
   FROM (tree t
     JOIN public.menu_node n USING (id))
  ORDER BY (string_to_array(t.positions, ','::text))::integer[];


--
-- Name: VIEW menu_friendly; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.menu_friendly IS ' A nice human-readable view for investigating the menu tree.  Does not
show menu attributes or acls.';


--
-- Name: menu_node_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.menu_node_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: menu_node_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.menu_node_id_seq OWNED BY public.menu_node.id;


--
-- Name: mfg_lot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mfg_lot (
    id integer NOT NULL,
    lot_number text DEFAULT (nextval('public.lot_tracking_number'::regclass))::text NOT NULL,
    parts_id integer NOT NULL,
    qty numeric NOT NULL,
    stock_date date DEFAULT (now())::date NOT NULL
);


--
-- Name: TABLE mfg_lot; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mfg_lot IS ' This tracks assembly restocks.  This is designed to work with old code and
may change as we refactor the parts.';


--
-- Name: mfg_lot_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mfg_lot_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mfg_lot_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mfg_lot_id_seq OWNED BY public.mfg_lot.id;


--
-- Name: mfg_lot_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mfg_lot_item (
    id integer NOT NULL,
    mfg_lot_id integer NOT NULL,
    parts_id integer NOT NULL,
    qty numeric NOT NULL
);


--
-- Name: TABLE mfg_lot_item; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mfg_lot_item IS ' This tracks items used in assembly restocking.';


--
-- Name: mfg_lot_item_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mfg_lot_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mfg_lot_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mfg_lot_item_id_seq OWNED BY public.mfg_lot_item.id;


--
-- Name: mime_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mime_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mime_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mime_type_id_seq OWNED BY public.mime_type.id;


--
-- Name: new_shipto; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.new_shipto (
    id integer NOT NULL,
    trans_id integer,
    oe_id integer,
    location_id integer
);


--
-- Name: TABLE new_shipto; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.new_shipto IS ' Tracks ship_to information for orders and invoices.';


--
-- Name: new_shipto_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.new_shipto_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: new_shipto_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.new_shipto_id_seq OWNED BY public.new_shipto.id;


--
-- Name: note_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.note_class (
    id integer NOT NULL,
    class text NOT NULL,
    CONSTRAINT note_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


--
-- Name: TABLE note_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.note_class IS ' Coordinate with others before adding entries. ';


--
-- Name: note_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.note_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: note_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.note_class_id_seq OWNED BY public.note_class.id;


--
-- Name: note_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.note_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: note_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.note_id_seq OWNED BY public.note.id;


--
-- Name: oe_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.oe_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: oe_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.oe_id_seq OWNED BY public.oe.id;


--
-- Name: open_forms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.open_forms (
    id integer DEFAULT (floor((random() * (1000000)::double precision)) + (1)::double precision) NOT NULL,
    session_id integer,
    form_name character varying(100),
    last_used timestamp without time zone
);


--
-- Name: TABLE open_forms; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.open_forms IS ' This is our primary anti-xsrf measure, as this allows us to require a full
round trip to the web server in order to save data.';


--
-- Name: open_forms_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.open_forms_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: open_forms_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.open_forms_id_seq OWNED BY public.open_forms.id;


--
-- Name: orderitems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orderitems (
    id integer NOT NULL,
    trans_id integer,
    parts_id integer,
    description text,
    qty numeric,
    sellprice numeric,
    "precision" integer,
    discount numeric,
    unit character varying(5),
    reqdate date,
    ship numeric,
    serialnumber text,
    notes text
);


--
-- Name: TABLE orderitems; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.orderitems IS ' Line items for sales/purchase orders and quotations.';


--
-- Name: orderitems_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.orderitems_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: orderitems_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.orderitems_id_seq OWNED BY public.orderitems.id;


--
-- Name: parts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.parts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: parts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.parts_id_seq OWNED BY public.parts.id;


--
-- Name: parts_translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.parts_translation (
)
INHERITS (public.translation);


--
-- Name: TABLE parts_translation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.parts_translation IS ' Translation information for parts.';


--
-- Name: partscustomer_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.partscustomer_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: partscustomer_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.partscustomer_entry_id_seq OWNED BY public.partscustomer.entry_id;


--
-- Name: partsgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.partsgroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: partsgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.partsgroup_id_seq OWNED BY public.partsgroup.id;


--
-- Name: partsgroup_translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partsgroup_translation (
)
INHERITS (public.translation);


--
-- Name: TABLE partsgroup_translation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.partsgroup_translation IS ' Translation information for partsgroups.';


--
-- Name: partstax; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partstax (
    parts_id integer NOT NULL,
    chart_id integer NOT NULL,
    taxcategory_id integer
);


--
-- Name: TABLE partstax; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.partstax IS ' Mapping of parts to taxes.';


--
-- Name: partsvendor_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.partsvendor_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: partsvendor_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.partsvendor_entry_id_seq OWNED BY public.partsvendor.entry_id;


--
-- Name: payment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payment_id_seq OWNED BY public.payment.id;


--
-- Name: payment_map; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_map (
    line_id integer NOT NULL,
    pays integer NOT NULL
);


--
-- Name: TABLE payment_map; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.payment_map IS ' This maps the payment journal entry to the
invoices it pays.  A couple notes here:
1)  There is no requirement tht the payment "invoice" be linked to the same
entity_credit_account as the paid invoice.  People can pay eachothers invoices
if LedgerSMB supports this at an app level.
2)  This now means that payments are first class transactions.';


--
-- Name: payment_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payment_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payment_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payment_type_id_seq OWNED BY public.payment_type.id;


--
-- Name: payroll_deduction_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_deduction_class (
    id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL,
    stored_proc_name name NOT NULL
);


--
-- Name: payroll_deduction_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_deduction_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_deduction_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_deduction_entry_id_seq OWNED BY public.payroll_deduction.entry_id;


--
-- Name: payroll_deduction_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_deduction_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_deduction_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_deduction_type_id_seq OWNED BY public.payroll_deduction_type.id;


--
-- Name: payroll_employee_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_employee_class (
    id integer NOT NULL,
    label text NOT NULL
);


--
-- Name: payroll_employee_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_employee_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_employee_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_employee_class_id_seq OWNED BY public.payroll_employee_class.id;


--
-- Name: payroll_employee_class_to_income_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_employee_class_to_income_type (
    ec_id integer NOT NULL,
    it_id integer NOT NULL
);


--
-- Name: payroll_income_category_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_income_category_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_income_category_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_income_category_id_seq OWNED BY public.payroll_income_category.id;


--
-- Name: payroll_income_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_income_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_income_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_income_type_id_seq OWNED BY public.payroll_income_type.id;


--
-- Name: payroll_paid_timeoff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_paid_timeoff (
    employee_id integer NOT NULL,
    pto_class_id integer NOT NULL,
    report_id integer NOT NULL,
    amount numeric NOT NULL
);


--
-- Name: payroll_pto_class; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_pto_class (
    id integer NOT NULL,
    label text NOT NULL
);


--
-- Name: payroll_pto_class_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_pto_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_pto_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_pto_class_id_seq OWNED BY public.payroll_pto_class.id;


--
-- Name: payroll_report; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_report (
    id integer NOT NULL,
    ec_id integer NOT NULL,
    payment_date date NOT NULL,
    created_by integer,
    approved_by integer
);


--
-- Name: payroll_report_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_report_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_report_id_seq OWNED BY public.payroll_report.id;


--
-- Name: payroll_report_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payroll_report_line (
    id integer NOT NULL,
    report_id integer NOT NULL,
    employee_id integer NOT NULL,
    it_id integer NOT NULL,
    qty numeric NOT NULL,
    rate numeric NOT NULL,
    description text
);


--
-- Name: payroll_report_line_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_report_line_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_report_line_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_report_line_id_seq OWNED BY public.payroll_report_line.id;


--
-- Name: payroll_wage_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payroll_wage_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payroll_wage_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.payroll_wage_entry_id_seq OWNED BY public.payroll_wage.entry_id;


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.person_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: person_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.person_id_seq OWNED BY public.person.id;


--
-- Name: person_to_company; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_to_company (
    location_id integer NOT NULL,
    person_id integer NOT NULL,
    company_id integer NOT NULL
);


--
-- Name: TABLE person_to_company; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.person_to_company IS ' currently unused in the front-end, but can be used to map persons
to companies.';


--
-- Name: pricegroup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pricegroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pricegroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.pricegroup_id_seq OWNED BY public.pricegroup.id;


--
-- Name: recurring; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recurring (
    id integer NOT NULL,
    reference text,
    startdate date,
    nextdate date,
    enddate date,
    recurring_interval interval,
    howmany integer,
    payment boolean DEFAULT false
);


--
-- Name: TABLE recurring; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.recurring IS ' Stores recurring information on transactions which will recur in the future.
Note that this means that only fully posted transactions can recur.
I would highly recommend depricating this table and working instead on extending
the template transaction addon to handle recurring information.';


--
-- Name: recurringemail; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recurringemail (
    id integer NOT NULL,
    formname text NOT NULL,
    format text,
    message text
);


--
-- Name: TABLE recurringemail; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.recurringemail IS 'Email  to be sent out when recurring transaction is posted.';


--
-- Name: robot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.robot (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    first_name text,
    middle_name text,
    last_name text NOT NULL,
    created date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT robot_first_name_check CHECK ((first_name ~ '[[:alnum:] _\-\.\*]?'::text)),
    CONSTRAINT robot_last_name_check CHECK ((last_name ~ '[[:alnum:] _\-\.\*]'::text))
);


--
-- Name: TABLE robot; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.robot IS ' Every robot, must have an entity to derive a common or display name. The correct way to get class information on a robot would be robot.entity_id->entity_class_to_entity.entity_id. ';


--
-- Name: robot_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.robot_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: robot_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.robot_id_seq OWNED BY public.robot.id;


--
-- Name: role_view; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.role_view AS
 SELECT m.roleid,
    m.member,
    m.grantor,
    m.admin_option,
    a.rolname,
    a.rolsuper,
    a.rolinherit,
    a.rolcreaterole,
    a.rolcreatedb,
    a.rolcanlogin,
    a.rolreplication,
    a.rolconnlimit,
    a.rolpassword,
    a.rolvaliduntil,
    a.rolbypassrls,
    a.rolconfig,
    a.oid
   FROM (pg_auth_members m
     JOIN pg_roles a ON ((m.roleid = a.oid)));


--
-- Name: salutation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.salutation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: salutation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.salutation_id_seq OWNED BY public.salutation.id;


--
-- Name: session_session_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.session_session_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: session_session_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.session_session_id_seq OWNED BY public.session.session_id;


--
-- Name: status; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.status (
    trans_id integer NOT NULL,
    formname text NOT NULL,
    printed boolean DEFAULT false,
    emailed boolean DEFAULT false,
    spoolfile text
);


--
-- Name: TABLE status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.status IS ' Whether AR/AP transactions and invoices have been emailed and/or printed ';


--
-- Name: tax; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax (
    chart_id integer NOT NULL,
    rate numeric,
    minvalue numeric,
    maxvalue numeric,
    taxnumber text,
    validto timestamp without time zone DEFAULT 'infinity'::timestamp without time zone NOT NULL,
    pass integer DEFAULT 0 NOT NULL,
    taxmodule_id integer DEFAULT 1 NOT NULL
);


--
-- Name: TABLE tax; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tax IS 'Information on tax rates.';


--
-- Name: COLUMN tax.pass; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tax.pass IS 'This is an integer indicating the pass of the tax. This is to support
cumultative sales tax rules (for example, Quebec charging taxes on the federal
taxes collected).';


--
-- Name: tax_extended; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax_extended (
    tax_basis numeric,
    rate numeric,
    entry_id integer NOT NULL
);


--
-- Name: TABLE tax_extended; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tax_extended IS ' This stores extended information for manual tax calculations.';


--
-- Name: taxcategory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.taxcategory (
    taxcategory_id integer NOT NULL,
    taxcategoryname text NOT NULL,
    taxmodule_id integer NOT NULL
);


--
-- Name: taxcategory_taxcategory_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.taxcategory_taxcategory_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: taxcategory_taxcategory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.taxcategory_taxcategory_id_seq OWNED BY public.taxcategory.taxcategory_id;


--
-- Name: taxmodule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.taxmodule (
    taxmodule_id integer NOT NULL,
    taxmodulename text NOT NULL
);


--
-- Name: TABLE taxmodule; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.taxmodule IS 'This is used to store information on tax modules.  the module name is used
to determine the Perl class for the taxes.';


--
-- Name: taxmodule_taxmodule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.taxmodule_taxmodule_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: taxmodule_taxmodule_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.taxmodule_taxmodule_id_seq OWNED BY public.taxmodule.taxmodule_id;


--
-- Name: template_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.template_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: template_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.template_id_seq OWNED BY public.template.id;


--
-- Name: trans_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trans_type (
    code character(2) NOT NULL,
    description character varying(1000)
);


--
-- Name: TABLE trans_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.trans_type IS 'Documents the transaction type codes used in the ''gl'' table.

Please note that the codes in this table are hard-coded into other
(SQL) parts of the application. As such, this table merely serves
as documentation; do *not* modify its content other than inserting
new codes.';


--
-- Name: COLUMN trans_type.code; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.trans_type.code IS 'Code of the transaction type. The 72 alphanumeric codes starting
with ''x'' or ''X'' are reserved for custom internal extensions.

For extensions distributed for wide(r) use, please request a code
from the LedgerSMB development team.';


--
-- Name: COLUMN trans_type.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.trans_type.description IS 'This column contains the full documentation as to the origin
and purpose of the transaction type.
';


--
-- Name: transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.transactions (
    id integer NOT NULL,
    table_name text,
    locked_by integer,
    approved boolean,
    approved_by integer,
    approved_at timestamp without time zone
);


--
-- Name: TABLE transactions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.transactions IS ' This table provides referential integrity between AR, AP, GL tables on one
hand and acc_trans on the other, pending the refactoring of those tables.  It
also is used to provide discretionary locking of financial transactions across
database connections, for example in batch payment workflows.';


--
-- Name: COLUMN transactions.locked_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.transactions.locked_by IS ' This should only be used in pessimistic locking measures as required by large
batch work flows. ';


--
-- Name: trial_balance__yearend_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trial_balance__yearend_types (
    type text NOT NULL
);


--
-- Name: tx_report; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.tx_report AS
 SELECT gl.id,
    gl.reference,
    NULL::integer AS entity_credit_account,
    'gl'::text AS "table",
    gl.approved
   FROM public.gl
UNION ALL
 SELECT ap.id,
    ap.invnumber AS reference,
    ap.entity_credit_account,
    'ap'::text AS "table",
    ap.approved
   FROM public.ap
UNION ALL
 SELECT ar.id,
    ar.invnumber AS reference,
    ar.entity_credit_account,
    'ar'::text AS "table",
    ar.approved
   FROM public.ar;


--
-- Name: VIEW tx_report; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON VIEW public.tx_report IS ' This view provides join and approval information for transactions.';


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: voucher; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.voucher (
    trans_id integer NOT NULL,
    batch_id integer NOT NULL,
    id integer NOT NULL,
    batch_class integer NOT NULL
);


--
-- Name: TABLE voucher; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.voucher IS 'Mapping transactions to batches for batch approval.';


--
-- Name: COLUMN voucher.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.voucher.id IS ' This is simply a surrogate key for easy reference.';


--
-- Name: COLUMN voucher.batch_class; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.voucher.batch_class IS ' This is the authoritative class of the
voucher. ';


--
-- Name: voucher_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.voucher_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: voucher_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.voucher_id_seq OWNED BY public.voucher.id;


--
-- Name: warehouse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.warehouse_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: warehouse_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.warehouse_id_seq OWNED BY public.warehouse.id;


--
-- Name: warehouse_inventory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.warehouse_inventory (
    entity_id integer,
    warehouse_id integer,
    parts_id integer,
    trans_id integer,
    orderitems_id integer,
    qty numeric,
    shippingdate date,
    entry_id integer NOT NULL
);


--
-- Name: TABLE warehouse_inventory; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.warehouse_inventory IS ' This table contains inventory mappings to warehouses, not general inventory
management data.';


--
-- Name: warehouse_inventory_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.warehouse_inventory_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: warehouse_inventory_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.warehouse_inventory_entry_id_seq OWNED BY public.warehouse_inventory.entry_id;


--
-- Name: yearend; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.yearend (
    trans_id integer NOT NULL,
    reversed boolean DEFAULT false,
    transdate date
);


--
-- Name: TABLE yearend; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.yearend IS ' An extension to the journal_entry table to track transactionsactions which close out
the books at yearend.';


--
-- Name: acc_trans entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acc_trans ALTER COLUMN entry_id SET DEFAULT nextval('public.acc_trans_entry_id_seq'::regclass);


--
-- Name: account id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account ALTER COLUMN id SET DEFAULT nextval('public.account_id_seq'::regclass);


--
-- Name: account_checkpoint id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_checkpoint ALTER COLUMN id SET DEFAULT nextval('public.account_checkpoint_id_seq'::regclass);


--
-- Name: account_heading id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_heading ALTER COLUMN id SET DEFAULT nextval('public.account_heading_id_seq'::regclass);


--
-- Name: asset_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_class ALTER COLUMN id SET DEFAULT nextval('public.asset_class_id_seq'::regclass);


--
-- Name: asset_dep_method id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_dep_method ALTER COLUMN id SET DEFAULT nextval('public.asset_dep_method_id_seq'::regclass);


--
-- Name: asset_disposal_method id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_disposal_method ALTER COLUMN id SET DEFAULT nextval('public.asset_disposal_method_id_seq'::regclass);


--
-- Name: asset_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item ALTER COLUMN id SET DEFAULT nextval('public.asset_item_id_seq'::regclass);


--
-- Name: asset_note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: asset_note note_class; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN note_class SET DEFAULT 4;


--
-- Name: asset_note vector; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: asset_note created; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: asset_note created_by; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: asset_report id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report ALTER COLUMN id SET DEFAULT nextval('public.asset_report_id_seq'::regclass);


--
-- Name: audittrail entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audittrail ALTER COLUMN entry_id SET DEFAULT nextval('public.audittrail_entry_id_seq'::regclass);


--
-- Name: batch id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch ALTER COLUMN id SET DEFAULT nextval('public.batch_id_seq'::regclass);


--
-- Name: batch_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch_class ALTER COLUMN id SET DEFAULT nextval('public.batch_class_id_seq'::regclass);


--
-- Name: budget_info id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_info ALTER COLUMN id SET DEFAULT nextval('public.budget_info_id_seq'::regclass);


--
-- Name: budget_note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: budget_note note_class; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN note_class SET DEFAULT 6;


--
-- Name: budget_note vector; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: budget_note created; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: budget_note created_by; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: business id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business ALTER COLUMN id SET DEFAULT nextval('public.business_id_seq'::regclass);


--
-- Name: business_unit id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit ALTER COLUMN id SET DEFAULT nextval('public.business_unit_id_seq'::regclass);


--
-- Name: business_unit_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_class ALTER COLUMN id SET DEFAULT nextval('public.business_unit_class_id_seq'::regclass);


--
-- Name: company id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company ALTER COLUMN id SET DEFAULT nextval('public.company_id_seq'::regclass);


--
-- Name: contact_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact_class ALTER COLUMN id SET DEFAULT nextval('public.contact_class_id_seq'::regclass);


--
-- Name: country id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country ALTER COLUMN id SET DEFAULT nextval('public.country_id_seq'::regclass);


--
-- Name: country_tax_form id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_tax_form ALTER COLUMN id SET DEFAULT nextval('public.country_tax_form_id_seq'::regclass);


--
-- Name: cr_report id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report ALTER COLUMN id SET DEFAULT nextval('public.cr_report_id_seq'::regclass);


--
-- Name: cr_report_line id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report_line ALTER COLUMN id SET DEFAULT nextval('public.cr_report_line_id_seq'::regclass);


--
-- Name: custom_field_catalog field_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_field_catalog ALTER COLUMN field_id SET DEFAULT nextval('public.custom_field_catalog_field_id_seq'::regclass);


--
-- Name: custom_table_catalog table_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_table_catalog ALTER COLUMN table_id SET DEFAULT nextval('public.custom_table_catalog_table_id_seq'::regclass);


--
-- Name: eca_note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: eca_note vector; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: eca_note created; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: eca_note created_by; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: employee_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employee_class ALTER COLUMN id SET DEFAULT nextval('public.employee_class_id_seq'::regclass);


--
-- Name: entity id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity ALTER COLUMN id SET DEFAULT nextval('public.entity_id_seq'::regclass);


--
-- Name: entity_bank_account id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_bank_account ALTER COLUMN id SET DEFAULT nextval('public.entity_bank_account_id_seq'::regclass);


--
-- Name: entity_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_class ALTER COLUMN id SET DEFAULT nextval('public.entity_class_id_seq'::regclass);


--
-- Name: entity_credit_account id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account ALTER COLUMN id SET DEFAULT nextval('public.entity_credit_account_id_seq'::regclass);


--
-- Name: entity_note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: entity_note vector; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: entity_note created; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: entity_note created_by; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: file_base id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_base ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_class ALTER COLUMN id SET DEFAULT nextval('public.file_class_id_seq'::regclass);


--
-- Name: file_eca uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_eca ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_eca id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_eca ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_entity uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_entity ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_entity id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_entity ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_incoming uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_incoming ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_incoming id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_incoming ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_internal uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_internal ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_internal id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_internal ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_order uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_order id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_order_to_order attached_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_order ALTER COLUMN attached_at SET DEFAULT now();


--
-- Name: file_order_to_tx attached_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_tx ALTER COLUMN attached_at SET DEFAULT now();


--
-- Name: file_part uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_part ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_part id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_part ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_transaction uploaded_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_transaction ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_transaction id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_transaction ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_tx_to_order attached_at; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_tx_to_order ALTER COLUMN attached_at SET DEFAULT now();


--
-- Name: inventory_report id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_report ALTER COLUMN id SET DEFAULT nextval('public.inventory_report_id_seq'::regclass);


--
-- Name: invoice id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice ALTER COLUMN id SET DEFAULT nextval('public.invoice_id_seq'::regclass);


--
-- Name: invoice_note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: invoice_note vector; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: invoice_note created; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: invoice_note created_by; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: jcitems id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jcitems ALTER COLUMN id SET DEFAULT nextval('public.jcitems_id_seq'::regclass);


--
-- Name: journal_entry id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entry ALTER COLUMN id SET DEFAULT nextval('public.journal_entry_id_seq'::regclass);


--
-- Name: journal_line id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_line ALTER COLUMN id SET DEFAULT nextval('public.journal_line_id_seq'::regclass);


--
-- Name: journal_note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: journal_note vector; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: journal_note created; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: journal_note created_by; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: journal_type id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_type ALTER COLUMN id SET DEFAULT nextval('public.journal_type_id_seq'::regclass);


--
-- Name: location id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location ALTER COLUMN id SET DEFAULT nextval('public.location_id_seq'::regclass);


--
-- Name: location_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class ALTER COLUMN id SET DEFAULT nextval('public.location_class_id_seq'::regclass);


--
-- Name: location_class_to_entity_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class_to_entity_class ALTER COLUMN id SET DEFAULT nextval('public.location_class_to_entity_class_id_seq'::regclass);


--
-- Name: menu_acl id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_acl ALTER COLUMN id SET DEFAULT nextval('public.menu_acl_id_seq'::regclass);


--
-- Name: menu_attribute id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_attribute ALTER COLUMN id SET DEFAULT nextval('public.menu_attribute_id_seq'::regclass);


--
-- Name: menu_node id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_node ALTER COLUMN id SET DEFAULT nextval('public.menu_node_id_seq'::regclass);


--
-- Name: mfg_lot id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot ALTER COLUMN id SET DEFAULT nextval('public.mfg_lot_id_seq'::regclass);


--
-- Name: mfg_lot_item id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot_item ALTER COLUMN id SET DEFAULT nextval('public.mfg_lot_item_id_seq'::regclass);


--
-- Name: mime_type id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mime_type ALTER COLUMN id SET DEFAULT nextval('public.mime_type_id_seq'::regclass);


--
-- Name: new_shipto id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.new_shipto ALTER COLUMN id SET DEFAULT nextval('public.new_shipto_id_seq'::regclass);


--
-- Name: note id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: note_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.note_class ALTER COLUMN id SET DEFAULT nextval('public.note_class_id_seq'::regclass);


--
-- Name: oe id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe ALTER COLUMN id SET DEFAULT nextval('public.oe_id_seq'::regclass);


--
-- Name: orderitems id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orderitems ALTER COLUMN id SET DEFAULT nextval('public.orderitems_id_seq'::regclass);


--
-- Name: parts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts ALTER COLUMN id SET DEFAULT nextval('public.parts_id_seq'::regclass);


--
-- Name: partscustomer entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partscustomer ALTER COLUMN entry_id SET DEFAULT nextval('public.partscustomer_entry_id_seq'::regclass);


--
-- Name: partsgroup id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsgroup ALTER COLUMN id SET DEFAULT nextval('public.partsgroup_id_seq'::regclass);


--
-- Name: partsvendor entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsvendor ALTER COLUMN entry_id SET DEFAULT nextval('public.partsvendor_entry_id_seq'::regclass);


--
-- Name: payment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment ALTER COLUMN id SET DEFAULT nextval('public.payment_id_seq'::regclass);


--
-- Name: payment_type id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_type ALTER COLUMN id SET DEFAULT nextval('public.payment_type_id_seq'::regclass);


--
-- Name: payroll_deduction entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction ALTER COLUMN entry_id SET DEFAULT nextval('public.payroll_deduction_entry_id_seq'::regclass);


--
-- Name: payroll_deduction_type id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_type ALTER COLUMN id SET DEFAULT nextval('public.payroll_deduction_type_id_seq'::regclass);


--
-- Name: payroll_employee_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_employee_class ALTER COLUMN id SET DEFAULT nextval('public.payroll_employee_class_id_seq'::regclass);


--
-- Name: payroll_income_category id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_category ALTER COLUMN id SET DEFAULT nextval('public.payroll_income_category_id_seq'::regclass);


--
-- Name: payroll_income_type id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_type ALTER COLUMN id SET DEFAULT nextval('public.payroll_income_type_id_seq'::regclass);


--
-- Name: payroll_pto_class id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_pto_class ALTER COLUMN id SET DEFAULT nextval('public.payroll_pto_class_id_seq'::regclass);


--
-- Name: payroll_report id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report ALTER COLUMN id SET DEFAULT nextval('public.payroll_report_id_seq'::regclass);


--
-- Name: payroll_report_line id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report_line ALTER COLUMN id SET DEFAULT nextval('public.payroll_report_line_id_seq'::regclass);


--
-- Name: payroll_wage entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_wage ALTER COLUMN entry_id SET DEFAULT nextval('public.payroll_wage_entry_id_seq'::regclass);


--
-- Name: person id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT nextval('public.person_id_seq'::regclass);


--
-- Name: pricegroup id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pricegroup ALTER COLUMN id SET DEFAULT nextval('public.pricegroup_id_seq'::regclass);


--
-- Name: robot id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.robot ALTER COLUMN id SET DEFAULT nextval('public.robot_id_seq'::regclass);


--
-- Name: salutation id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.salutation ALTER COLUMN id SET DEFAULT nextval('public.salutation_id_seq'::regclass);


--
-- Name: session session_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session ALTER COLUMN session_id SET DEFAULT nextval('public.session_session_id_seq'::regclass);


--
-- Name: taxcategory taxcategory_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taxcategory ALTER COLUMN taxcategory_id SET DEFAULT nextval('public.taxcategory_taxcategory_id_seq'::regclass);


--
-- Name: taxmodule taxmodule_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taxmodule ALTER COLUMN taxmodule_id SET DEFAULT nextval('public.taxmodule_taxmodule_id_seq'::regclass);


--
-- Name: template id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.template ALTER COLUMN id SET DEFAULT nextval('public.template_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: voucher id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher ALTER COLUMN id SET DEFAULT nextval('public.voucher_id_seq'::regclass);


--
-- Name: warehouse id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warehouse ALTER COLUMN id SET DEFAULT nextval('public.warehouse_id_seq'::regclass);


--
-- Name: warehouse_inventory entry_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warehouse_inventory ALTER COLUMN entry_id SET DEFAULT nextval('public.warehouse_inventory_entry_id_seq'::regclass);


--
-- Name: ac_tax_form ac_tax_form_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ac_tax_form
    ADD CONSTRAINT ac_tax_form_pkey PRIMARY KEY (entry_id);


--
-- Name: acc_trans acc_trans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_pkey PRIMARY KEY (entry_id);


--
-- Name: account_checkpoint account_checkpoint_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_checkpoint
    ADD CONSTRAINT account_checkpoint_id_key UNIQUE (id);


--
-- Name: account_checkpoint account_checkpoint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_checkpoint
    ADD CONSTRAINT account_checkpoint_pkey PRIMARY KEY (end_date, account_id);


--
-- Name: account_heading account_heading_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_heading
    ADD CONSTRAINT account_heading_id_key UNIQUE (id);


--
-- Name: account_heading account_heading_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_heading
    ADD CONSTRAINT account_heading_pkey PRIMARY KEY (accno);


--
-- Name: account_heading_translation account_heading_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_heading_translation
    ADD CONSTRAINT account_heading_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: account account_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_id_key UNIQUE (id);


--
-- Name: account_link_description account_link_description_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_link_description
    ADD CONSTRAINT account_link_description_pkey PRIMARY KEY (description);


--
-- Name: account_link account_link_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_link
    ADD CONSTRAINT account_link_pkey PRIMARY KEY (account_id, description);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (accno);


--
-- Name: account_translation account_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_translation
    ADD CONSTRAINT account_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: ap ap_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_pkey PRIMARY KEY (id);


--
-- Name: ar ar_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_pkey PRIMARY KEY (id);


--
-- Name: assembly assembly_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assembly
    ADD CONSTRAINT assembly_pkey PRIMARY KEY (id, parts_id);


--
-- Name: asset_class asset_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_id_key UNIQUE (id);


--
-- Name: asset_class asset_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_pkey PRIMARY KEY (label);


--
-- Name: asset_dep_method asset_dep_method_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_id_key UNIQUE (id);


--
-- Name: asset_dep_method asset_dep_method_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_pkey PRIMARY KEY (method);


--
-- Name: asset_dep_method asset_dep_method_short_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_short_name_key UNIQUE (short_name);


--
-- Name: asset_dep_method asset_dep_method_sproc_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_sproc_key UNIQUE (sproc);


--
-- Name: asset_disposal_method asset_disposal_method_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_disposal_method
    ADD CONSTRAINT asset_disposal_method_id_key UNIQUE (id);


--
-- Name: asset_disposal_method asset_disposal_method_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_disposal_method
    ADD CONSTRAINT asset_disposal_method_pkey PRIMARY KEY (label);


--
-- Name: asset_item asset_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_pkey PRIMARY KEY (id);


--
-- Name: asset_item asset_item_tag_obsolete_by_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_tag_obsolete_by_key UNIQUE (tag, obsolete_by);


--
-- Name: asset_report_class asset_report_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_class
    ADD CONSTRAINT asset_report_class_id_key UNIQUE (id);


--
-- Name: asset_report_class asset_report_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_class
    ADD CONSTRAINT asset_report_class_pkey PRIMARY KEY (class);


--
-- Name: asset_report asset_report_gl_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_gl_id_key UNIQUE (gl_id);


--
-- Name: asset_report_line asset_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_pkey PRIMARY KEY (asset_id, report_id);


--
-- Name: asset_report asset_report_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_pkey PRIMARY KEY (id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_pkey PRIMARY KEY (report_id, asset_id, disposal_method_id);


--
-- Name: asset_unit_class asset_unit_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_unit_class
    ADD CONSTRAINT asset_unit_class_id_key UNIQUE (id);


--
-- Name: asset_unit_class asset_unit_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_unit_class
    ADD CONSTRAINT asset_unit_class_pkey PRIMARY KEY (class);


--
-- Name: audittrail audittrail_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audittrail
    ADD CONSTRAINT audittrail_pkey PRIMARY KEY (entry_id);


--
-- Name: batch_class batch_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch_class
    ADD CONSTRAINT batch_class_id_key UNIQUE (id);


--
-- Name: batch_class batch_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch_class
    ADD CONSTRAINT batch_class_pkey PRIMARY KEY (class);


--
-- Name: batch batch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_pkey PRIMARY KEY (id);


--
-- Name: bu_class_to_module bu_class_to_module_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bu_class_to_module
    ADD CONSTRAINT bu_class_to_module_pkey PRIMARY KEY (bu_class_id, module_id);


--
-- Name: budget_info budget_info_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_id_key UNIQUE (id);


--
-- Name: budget_info budget_info_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_pkey PRIMARY KEY (reference);


--
-- Name: budget_line budget_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_line
    ADD CONSTRAINT budget_line_pkey PRIMARY KEY (budget_id, account_id);


--
-- Name: budget_note budget_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note
    ADD CONSTRAINT budget_note_pkey PRIMARY KEY (id);


--
-- Name: budget_to_business_unit budget_to_business_unit_budget_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_budget_id_key UNIQUE (budget_id);


--
-- Name: budget_to_business_unit budget_to_business_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_pkey PRIMARY KEY (budget_id, bu_class);


--
-- Name: business business_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business
    ADD CONSTRAINT business_pkey PRIMARY KEY (id);


--
-- Name: business_unit_ac business_unit_ac_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_pkey PRIMARY KEY (bu_id, class_id, entry_id);


--
-- Name: business_unit business_unit_class_id_control_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_class_id_control_code_key UNIQUE (class_id, control_code);


--
-- Name: business_unit_class business_unit_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_class
    ADD CONSTRAINT business_unit_class_id_key UNIQUE (id);


--
-- Name: business_unit_class business_unit_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_class
    ADD CONSTRAINT business_unit_class_pkey PRIMARY KEY (label);


--
-- Name: business_unit business_unit_id_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_id_class_id_key UNIQUE (id, class_id);


--
-- Name: business_unit_inv business_unit_inv_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_pkey PRIMARY KEY (bu_id, class_id, entry_id);


--
-- Name: business_unit_jl business_unit_jl_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_pkey PRIMARY KEY (entry_id, bu_class);


--
-- Name: business_unit_oitem business_unit_oitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_pkey PRIMARY KEY (bu_id, class_id, entry_id);


--
-- Name: business_unit business_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_pkey PRIMARY KEY (id);


--
-- Name: business_unit_translation business_unit_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_translation
    ADD CONSTRAINT business_unit_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: company company_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company
    ADD CONSTRAINT company_id_key UNIQUE (id);


--
-- Name: company company_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company
    ADD CONSTRAINT company_pkey PRIMARY KEY (entity_id, legal_name);


--
-- Name: contact_class contact_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact_class
    ADD CONSTRAINT contact_class_id_key UNIQUE (id);


--
-- Name: contact_class contact_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact_class
    ADD CONSTRAINT contact_class_pkey PRIMARY KEY (class);


--
-- Name: country country_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (id);


--
-- Name: country_tax_form country_tax_form_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_tax_form
    ADD CONSTRAINT country_tax_form_id_key UNIQUE (id);


--
-- Name: country_tax_form country_tax_form_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_tax_form
    ADD CONSTRAINT country_tax_form_pkey PRIMARY KEY (country_id, form_name);


--
-- Name: cr_coa_to_account cr_coa_to_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_coa_to_account
    ADD CONSTRAINT cr_coa_to_account_pkey PRIMARY KEY (chart_id);


--
-- Name: cr_report_line cr_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_pkey PRIMARY KEY (id);


--
-- Name: cr_report cr_report_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_pkey PRIMARY KEY (id);


--
-- Name: custom_field_catalog custom_field_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_field_catalog
    ADD CONSTRAINT custom_field_catalog_pkey PRIMARY KEY (field_id);


--
-- Name: custom_table_catalog custom_table_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_table_catalog
    ADD CONSTRAINT custom_table_catalog_pkey PRIMARY KEY (table_id);


--
-- Name: defaults defaults_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.defaults
    ADD CONSTRAINT defaults_pkey PRIMARY KEY (setting_key);


--
-- Name: eca_invoice eca_invoice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_pkey PRIMARY KEY (journal_id);


--
-- Name: eca_note eca_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_note
    ADD CONSTRAINT eca_note_pkey PRIMARY KEY (id);


--
-- Name: eca_tax eca_tax_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_tax
    ADD CONSTRAINT eca_tax_pkey PRIMARY KEY (eca_id, chart_id);


--
-- Name: eca_to_contact eca_to_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_contact
    ADD CONSTRAINT eca_to_contact_pkey PRIMARY KEY (credit_id, contact_class_id, contact);


--
-- Name: eca_to_location eca_to_location_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_pkey PRIMARY KEY (location_id, credit_id, location_class);


--
-- Name: employee_class employee_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employee_class
    ADD CONSTRAINT employee_class_id_key UNIQUE (id);


--
-- Name: employee_class employee_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employee_class
    ADD CONSTRAINT employee_class_pkey PRIMARY KEY (label);


--
-- Name: employee_to_ec employee_to_ec_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employee_to_ec
    ADD CONSTRAINT employee_to_ec_pkey PRIMARY KEY (employee_id);


--
-- Name: entity_bank_account entity_bank_account_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_bank_account
    ADD CONSTRAINT entity_bank_account_id_key UNIQUE (id);


--
-- Name: entity_bank_account entity_bank_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_bank_account
    ADD CONSTRAINT entity_bank_account_pkey PRIMARY KEY (entity_id, bic, iban);


--
-- Name: entity_class entity_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_class
    ADD CONSTRAINT entity_class_pkey PRIMARY KEY (id);


--
-- Name: entity entity_control_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_control_code_key UNIQUE (control_code);


--
-- Name: entity_credit_account entity_credit_account_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_id_key UNIQUE (id);


--
-- Name: entity_credit_account entity_credit_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_pkey PRIMARY KEY (entity_id, meta_number, entity_class);


--
-- Name: entity_employee entity_employee_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_employee
    ADD CONSTRAINT entity_employee_pkey PRIMARY KEY (entity_id);


--
-- Name: entity_note entity_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note
    ADD CONSTRAINT entity_note_pkey PRIMARY KEY (id);


--
-- Name: entity_other_name entity_other_name_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_other_name
    ADD CONSTRAINT entity_other_name_pkey PRIMARY KEY (other_name, entity_id);


--
-- Name: entity entity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_pkey PRIMARY KEY (id);


--
-- Name: entity_to_contact entity_to_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_pkey PRIMARY KEY (entity_id, contact_class_id, contact);


--
-- Name: entity_to_location entity_to_location_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_pkey PRIMARY KEY (location_id, entity_id, location_class);


--
-- Name: exchangerate exchangerate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exchangerate
    ADD CONSTRAINT exchangerate_pkey PRIMARY KEY (curr, transdate);


--
-- Name: file_base file_base_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_id_key UNIQUE (id);


--
-- Name: file_base file_base_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_class file_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_class
    ADD CONSTRAINT file_class_id_key UNIQUE (id);


--
-- Name: file_class file_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_class
    ADD CONSTRAINT file_class_pkey PRIMARY KEY (class);


--
-- Name: file_eca file_eca_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_eca
    ADD CONSTRAINT file_eca_id_key UNIQUE (id);


--
-- Name: file_eca file_eca_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_eca
    ADD CONSTRAINT file_eca_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_entity file_entity_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_entity
    ADD CONSTRAINT file_entity_id_key UNIQUE (id);


--
-- Name: file_entity file_entity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_entity
    ADD CONSTRAINT file_entity_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_incoming file_incoming_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_incoming
    ADD CONSTRAINT file_incoming_id_key UNIQUE (id);


--
-- Name: file_incoming file_incoming_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_incoming
    ADD CONSTRAINT file_incoming_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_internal file_internal_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_internal
    ADD CONSTRAINT file_internal_id_key UNIQUE (id);


--
-- Name: file_internal file_internal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_internal
    ADD CONSTRAINT file_internal_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_order file_order_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order
    ADD CONSTRAINT file_order_id_key UNIQUE (id);


--
-- Name: file_order file_order_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order
    ADD CONSTRAINT file_order_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_order_to_order file_order_to_order_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_order
    ADD CONSTRAINT file_order_to_order_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_order_to_tx file_order_to_tx_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_tx
    ADD CONSTRAINT file_order_to_tx_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_part file_part_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_part
    ADD CONSTRAINT file_part_id_key UNIQUE (id);


--
-- Name: file_part file_part_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_part
    ADD CONSTRAINT file_part_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_secondary_attachment file_secondary_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_transaction file_transaction_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_transaction
    ADD CONSTRAINT file_transaction_id_key UNIQUE (id);


--
-- Name: file_transaction file_transaction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_transaction
    ADD CONSTRAINT file_transaction_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_tx_to_order file_tx_to_order_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_tx_to_order
    ADD CONSTRAINT file_tx_to_order_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_view_catalog file_view_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_view_catalog
    ADD CONSTRAINT file_view_catalog_pkey PRIMARY KEY (file_class);


--
-- Name: file_view_catalog file_view_catalog_view_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_view_catalog
    ADD CONSTRAINT file_view_catalog_view_name_key UNIQUE (view_name);


--
-- Name: fixes fixes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fixes
    ADD CONSTRAINT fixes_pkey PRIMARY KEY (checksum);


--
-- Name: gifi gifi_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gifi
    ADD CONSTRAINT gifi_pkey PRIMARY KEY (accno);


--
-- Name: gl gl_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_pkey PRIMARY KEY (id);


--
-- Name: inventory_report_line inventory_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_report_line
    ADD CONSTRAINT inventory_report_line_pkey PRIMARY KEY (adjust_id, parts_id);


--
-- Name: inventory_report inventory_report_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_report
    ADD CONSTRAINT inventory_report_pkey PRIMARY KEY (id);


--
-- Name: invoice_note invoice_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_note
    ADD CONSTRAINT invoice_note_pkey PRIMARY KEY (id);


--
-- Name: invoice invoice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_pkey PRIMARY KEY (id);


--
-- Name: invoice_tax_form invoice_tax_form_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_tax_form
    ADD CONSTRAINT invoice_tax_form_pkey PRIMARY KEY (invoice_id);


--
-- Name: jcitems jcitems_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jcitems
    ADD CONSTRAINT jcitems_pkey PRIMARY KEY (id);


--
-- Name: jctype jctype_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jctype
    ADD CONSTRAINT jctype_id_key UNIQUE (id);


--
-- Name: jctype jctype_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jctype
    ADD CONSTRAINT jctype_pkey PRIMARY KEY (label);


--
-- Name: job job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job
    ADD CONSTRAINT job_pkey PRIMARY KEY (bu_id);


--
-- Name: journal_entry journal_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_pkey PRIMARY KEY (id);


--
-- Name: journal_line journal_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_pkey PRIMARY KEY (id);


--
-- Name: journal_note journal_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_note
    ADD CONSTRAINT journal_note_pkey PRIMARY KEY (id);


--
-- Name: journal_type journal_type_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_type
    ADD CONSTRAINT journal_type_id_key UNIQUE (id);


--
-- Name: journal_type journal_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_type
    ADD CONSTRAINT journal_type_pkey PRIMARY KEY (name);


--
-- Name: language language_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.language
    ADD CONSTRAINT language_pkey PRIMARY KEY (code);


--
-- Name: location_class location_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class
    ADD CONSTRAINT location_class_id_key UNIQUE (id);


--
-- Name: location_class location_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class
    ADD CONSTRAINT location_class_pkey PRIMARY KEY (class, authoritative);


--
-- Name: location_class_to_entity_class location_class_to_entity_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class_to_entity_class
    ADD CONSTRAINT location_class_to_entity_class_id_key UNIQUE (id);


--
-- Name: location location_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location
    ADD CONSTRAINT location_pkey PRIMARY KEY (id);


--
-- Name: lsmb_group_grants lsmb_group_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_group_grants
    ADD CONSTRAINT lsmb_group_grants_pkey PRIMARY KEY (group_name, granted_role);


--
-- Name: lsmb_group lsmb_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_group
    ADD CONSTRAINT lsmb_group_pkey PRIMARY KEY (role_name);


--
-- Name: lsmb_module lsmb_module_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_module
    ADD CONSTRAINT lsmb_module_id_key UNIQUE (id);


--
-- Name: lsmb_module lsmb_module_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_module
    ADD CONSTRAINT lsmb_module_pkey PRIMARY KEY (label);


--
-- Name: lsmb_sequence lsmb_sequence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_sequence
    ADD CONSTRAINT lsmb_sequence_pkey PRIMARY KEY (label);


--
-- Name: makemodel makemodel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.makemodel
    ADD CONSTRAINT makemodel_pkey PRIMARY KEY (parts_id, make, model);


--
-- Name: menu_acl menu_acl_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_acl
    ADD CONSTRAINT menu_acl_pkey PRIMARY KEY (node_id, role_name);


--
-- Name: menu_attribute menu_attribute_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_attribute
    ADD CONSTRAINT menu_attribute_pkey PRIMARY KEY (node_id, attribute);


--
-- Name: menu_node menu_node_parent_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_node
    ADD CONSTRAINT menu_node_parent_key UNIQUE (parent, "position");


--
-- Name: menu_node menu_node_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_node
    ADD CONSTRAINT menu_node_pkey PRIMARY KEY (id);


--
-- Name: mfg_lot mfg_lot_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot
    ADD CONSTRAINT mfg_lot_id_key UNIQUE (id);


--
-- Name: mfg_lot_item mfg_lot_item_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot_item
    ADD CONSTRAINT mfg_lot_item_id_key UNIQUE (id);


--
-- Name: mfg_lot mfg_lot_lot_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot
    ADD CONSTRAINT mfg_lot_lot_number_key UNIQUE (lot_number);


--
-- Name: mime_type mime_type_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mime_type
    ADD CONSTRAINT mime_type_id_key UNIQUE (id);


--
-- Name: mime_type mime_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mime_type
    ADD CONSTRAINT mime_type_pkey PRIMARY KEY (mime_type);


--
-- Name: new_shipto new_shipto_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_pkey PRIMARY KEY (id);


--
-- Name: note_class note_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.note_class
    ADD CONSTRAINT note_class_pkey PRIMARY KEY (id);


--
-- Name: note note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.note
    ADD CONSTRAINT note_pkey PRIMARY KEY (id);


--
-- Name: oe_class oe_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe_class
    ADD CONSTRAINT oe_class_id_key UNIQUE (id);


--
-- Name: oe_class oe_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe_class
    ADD CONSTRAINT oe_class_pkey PRIMARY KEY (oe_class);


--
-- Name: oe oe_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_pkey PRIMARY KEY (id);


--
-- Name: open_forms open_forms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.open_forms
    ADD CONSTRAINT open_forms_pkey PRIMARY KEY (id);


--
-- Name: orderitems orderitems_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orderitems
    ADD CONSTRAINT orderitems_pkey PRIMARY KEY (id);


--
-- Name: parts parts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_pkey PRIMARY KEY (id);


--
-- Name: parts_translation parts_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts_translation
    ADD CONSTRAINT parts_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: partscustomer partscustomer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_pkey PRIMARY KEY (entry_id);


--
-- Name: partsgroup partsgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsgroup
    ADD CONSTRAINT partsgroup_pkey PRIMARY KEY (id);


--
-- Name: partsgroup_translation partsgroup_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsgroup_translation
    ADD CONSTRAINT partsgroup_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: partstax partstax_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_pkey PRIMARY KEY (parts_id, chart_id);


--
-- Name: partsvendor partsvendor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsvendor
    ADD CONSTRAINT partsvendor_pkey PRIMARY KEY (entry_id);


--
-- Name: payment_map payment_map_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_map
    ADD CONSTRAINT payment_map_pkey PRIMARY KEY (line_id);


--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);


--
-- Name: payment_type payment_type_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_type
    ADD CONSTRAINT payment_type_id_key UNIQUE (id);


--
-- Name: payment_type payment_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_type
    ADD CONSTRAINT payment_type_pkey PRIMARY KEY (label);


--
-- Name: payroll_deduction_class payroll_deduction_class_id_country_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_class
    ADD CONSTRAINT payroll_deduction_class_id_country_id_key UNIQUE (id, country_id);


--
-- Name: payroll_deduction_class payroll_deduction_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_class
    ADD CONSTRAINT payroll_deduction_class_pkey PRIMARY KEY (country_id, label);


--
-- Name: payroll_deduction payroll_deduction_entry_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_entry_id_key UNIQUE (entry_id);


--
-- Name: payroll_deduction payroll_deduction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_pkey PRIMARY KEY (entity_id, type_id);


--
-- Name: payroll_deduction_type payroll_deduction_type_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_type
    ADD CONSTRAINT payroll_deduction_type_id_key UNIQUE (id);


--
-- Name: payroll_employee_class payroll_employee_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_employee_class
    ADD CONSTRAINT payroll_employee_class_id_key UNIQUE (id);


--
-- Name: payroll_employee_class payroll_employee_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_employee_class
    ADD CONSTRAINT payroll_employee_class_pkey PRIMARY KEY (label);


--
-- Name: payroll_employee_class_to_income_type payroll_employee_class_to_income_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_employee_class_to_income_type
    ADD CONSTRAINT payroll_employee_class_to_income_type_pkey PRIMARY KEY (ec_id, it_id);


--
-- Name: payroll_income_category payroll_income_category_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_category
    ADD CONSTRAINT payroll_income_category_id_key UNIQUE (id);


--
-- Name: payroll_income_class payroll_income_class_id_country_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_class
    ADD CONSTRAINT payroll_income_class_id_country_id_key UNIQUE (id, country_id);


--
-- Name: payroll_income_class payroll_income_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_class
    ADD CONSTRAINT payroll_income_class_pkey PRIMARY KEY (country_id, label);


--
-- Name: payroll_income_type payroll_income_type_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_type
    ADD CONSTRAINT payroll_income_type_id_key UNIQUE (id);


--
-- Name: payroll_pto_class payroll_pto_class_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_pto_class
    ADD CONSTRAINT payroll_pto_class_id_key UNIQUE (id);


--
-- Name: payroll_pto_class payroll_pto_class_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_pto_class
    ADD CONSTRAINT payroll_pto_class_pkey PRIMARY KEY (label);


--
-- Name: payroll_report_line payroll_report_line_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_id_key UNIQUE (id);


--
-- Name: payroll_report_line payroll_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_pkey PRIMARY KEY (it_id, employee_id, report_id);


--
-- Name: payroll_report payroll_report_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_pkey PRIMARY KEY (id);


--
-- Name: payroll_wage payroll_wage_entry_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_entry_id_key UNIQUE (entry_id);


--
-- Name: payroll_wage payroll_wage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_pkey PRIMARY KEY (entity_id, type_id);


--
-- Name: person person_entity_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_key UNIQUE (entity_id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: person_to_company person_to_company_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_pkey PRIMARY KEY (location_id, person_id);


--
-- Name: pricegroup pricegroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pricegroup
    ADD CONSTRAINT pricegroup_pkey PRIMARY KEY (id);


--
-- Name: recurring recurring_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recurring
    ADD CONSTRAINT recurring_id_key UNIQUE (id);


--
-- Name: recurringemail recurringemail_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recurringemail
    ADD CONSTRAINT recurringemail_pkey PRIMARY KEY (id, formname);


--
-- Name: recurringprint recurringprint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recurringprint
    ADD CONSTRAINT recurringprint_pkey PRIMARY KEY (id, formname);


--
-- Name: robot robot_entity_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.robot
    ADD CONSTRAINT robot_entity_id_key UNIQUE (entity_id);


--
-- Name: robot robot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.robot
    ADD CONSTRAINT robot_pkey PRIMARY KEY (id);


--
-- Name: salutation salutation_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.salutation
    ADD CONSTRAINT salutation_id_key UNIQUE (id);


--
-- Name: salutation salutation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.salutation
    ADD CONSTRAINT salutation_pkey PRIMARY KEY (salutation);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (session_id);


--
-- Name: sic sic_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sic
    ADD CONSTRAINT sic_pkey PRIMARY KEY (code);


--
-- Name: status status_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.status
    ADD CONSTRAINT status_pkey PRIMARY KEY (trans_id, formname);


--
-- Name: tax_extended tax_extended_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_extended
    ADD CONSTRAINT tax_extended_pkey PRIMARY KEY (entry_id);


--
-- Name: tax tax_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax
    ADD CONSTRAINT tax_pkey PRIMARY KEY (chart_id, validto);


--
-- Name: taxcategory taxcategory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taxcategory
    ADD CONSTRAINT taxcategory_pkey PRIMARY KEY (taxcategory_id);


--
-- Name: taxmodule taxmodule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taxmodule
    ADD CONSTRAINT taxmodule_pkey PRIMARY KEY (taxmodule_id);


--
-- Name: template template_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.template
    ADD CONSTRAINT template_id_key UNIQUE (id);


--
-- Name: template template_template_name_language_code_format_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.template
    ADD CONSTRAINT template_template_name_language_code_format_key UNIQUE (template_name, language_code, format);


--
-- Name: trans_type trans_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trans_type
    ADD CONSTRAINT trans_type_pkey PRIMARY KEY (code);


--
-- Name: transactions transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_pkey PRIMARY KEY (id);


--
-- Name: translation translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation
    ADD CONSTRAINT translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: trial_balance__yearend_types trial_balance__yearend_types_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trial_balance__yearend_types
    ADD CONSTRAINT trial_balance__yearend_types_pkey PRIMARY KEY (type);


--
-- Name: user_preference user_preference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_pkey PRIMARY KEY (id);


--
-- Name: users users_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_id_key UNIQUE (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (username);


--
-- Name: voucher voucher_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_pkey PRIMARY KEY (id);


--
-- Name: warehouse_inventory warehouse_inventory_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warehouse_inventory
    ADD CONSTRAINT warehouse_inventory_pkey PRIMARY KEY (entry_id);


--
-- Name: warehouse warehouse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warehouse
    ADD CONSTRAINT warehouse_pkey PRIMARY KEY (id);


--
-- Name: yearend yearend_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.yearend
    ADD CONSTRAINT yearend_pkey PRIMARY KEY (trans_id);


--
-- Name: acc_trans_chart_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX acc_trans_chart_id_idx ON public.acc_trans USING btree (chart_id);


--
-- Name: acc_trans_invoice_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX acc_trans_invoice_id_idx ON public.acc_trans USING btree (invoice_id);


--
-- Name: acc_trans_recon_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX acc_trans_recon_idx ON public.acc_trans USING btree (chart_id, entry_id) WHERE (NOT cleared);


--
-- Name: INDEX acc_trans_recon_idx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.acc_trans_recon_idx IS 'This index serves to optimize finding the minimum entry_id
of uncleared journal lines for a given account.';


--
-- Name: acc_trans_trans_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX acc_trans_trans_id_idx ON public.acc_trans USING btree (trans_id);


--
-- Name: acc_trans_transdate_year_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX acc_trans_transdate_year_idx ON public.acc_trans USING btree (transdate, date_part('YEAR'::text, transdate)) WHERE (transdate IS NOT NULL);


--
-- Name: INDEX acc_trans_transdate_year_idx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.acc_trans_transdate_year_idx IS 'This index supports the function ''date_get_all_years'' and
reduces that function to a series of index scans instead of table scans';


--
-- Name: acc_trans_voucher_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX acc_trans_voucher_id_idx ON public.acc_trans USING btree (voucher_id);


--
-- Name: ap_entity_credit_account_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ap_entity_credit_account_idx ON public.ap USING btree (entity_credit_account);


--
-- Name: ar_entity_credit_account_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ar_entity_credit_account_idx ON public.ar USING btree (entity_credit_account);


--
-- Name: ar_invnumber_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ar_invnumber_key ON public.ar USING btree (invnumber) WHERE (invnumber IS NOT NULL);


--
-- Name: assembly_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assembly_id_key ON public.assembly USING btree (id);


--
-- Name: asset_item_active_tag_u; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX asset_item_active_tag_u ON public.asset_item USING btree (tag) WHERE (obsolete_by IS NULL);


--
-- Name: audittrail_trans_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audittrail_trans_id_key ON public.audittrail USING btree (trans_id);


--
-- Name: business_unit_ac_entry_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX business_unit_ac_entry_id_idx ON public.business_unit_ac USING btree (entry_id);


--
-- Name: business_unit_inv_entry_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX business_unit_inv_entry_id_idx ON public.business_unit_inv USING btree (entry_id);


--
-- Name: business_unit_oitem_entry_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX business_unit_oitem_entry_id_idx ON public.business_unit_oitem USING btree (entry_id);


--
-- Name: contact_class_class_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX contact_class_class_idx ON public.contact_class USING btree (lower(class));


--
-- Name: country_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX country_name_idx ON public.country USING btree (lower(name));


--
-- Name: eca_to_location_billing_u; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX eca_to_location_billing_u ON public.eca_to_location USING btree (credit_id) WHERE (location_class = 1);


--
-- Name: entity_class_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX entity_class_idx ON public.entity_class USING btree (lower(class));


--
-- Name: entity_credit_ar_accno_idx_u; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX entity_credit_ar_accno_idx_u ON public.entity_credit_account USING btree (meta_number) WHERE (entity_class = 2);


--
-- Name: INDEX entity_credit_ar_accno_idx_u; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.entity_credit_ar_accno_idx_u IS 'This index is used to ensure that AR accounts are not reused.';


--
-- Name: entity_note_class_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX entity_note_class_idx ON public.note_class USING btree (lower(class));


--
-- Name: entity_note_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX entity_note_id_idx ON public.entity_note USING btree (id);


--
-- Name: entity_note_vectors_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX entity_note_vectors_idx ON public.entity_note USING gist (vector);


--
-- Name: exchangerate_ct_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX exchangerate_ct_key ON public.exchangerate USING btree (curr, transdate);


--
-- Name: gifi_accno_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gifi_accno_key ON public.gifi USING btree (accno);


--
-- Name: invoice_cogs_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoice_cogs_idx ON public.invoice USING btree (parts_id) WHERE (((qty + allocated) < (0)::numeric) OR ((qty + allocated) > (0)::numeric));


--
-- Name: invoice_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoice_id_key ON public.invoice USING btree (id);


--
-- Name: invoice_note_class_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX invoice_note_class_idx ON public.note_class USING btree (lower(class));


--
-- Name: invoice_note_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoice_note_id_idx ON public.invoice_note USING btree (id);


--
-- Name: invoice_note_vectors_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoice_note_vectors_idx ON public.invoice_note USING gist (vector);


--
-- Name: invoice_parts_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoice_parts_id_idx ON public.invoice USING btree (parts_id);


--
-- Name: invoice_trans_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invoice_trans_id_key ON public.invoice USING btree (trans_id);


--
-- Name: jcitems_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX jcitems_id_key ON public.jcitems USING btree (id);


--
-- Name: je_unique_source; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX je_unique_source ON public.journal_entry USING btree (journal, reference) WHERE ((journal = ANY (ARRAY[1, 2])) AND (NOT is_template));


--
-- Name: language_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX language_code_key ON public.language USING btree (code);


--
-- Name: lower_class_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX lower_class_unique ON public.location_class USING btree (lower(class));


--
-- Name: makemodel_make_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX makemodel_make_key ON public.makemodel USING btree (lower(make));


--
-- Name: makemodel_model_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX makemodel_model_key ON public.makemodel USING btree (lower(model));


--
-- Name: makemodel_parts_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX makemodel_parts_id_key ON public.makemodel USING btree (parts_id);


--
-- Name: menu_acl_node_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX menu_acl_node_id_idx ON public.menu_acl USING btree (node_id);


--
-- Name: note_class_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX note_class_idx ON public.note_class USING btree (lower(class));


--
-- Name: oe_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX oe_id_key ON public.oe USING btree (id);


--
-- Name: oe_ordnumber_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX oe_ordnumber_key ON public.oe USING btree (ordnumber);


--
-- Name: oe_transdate_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX oe_transdate_key ON public.oe USING btree (transdate);


--
-- Name: orderitems_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orderitems_id_key ON public.orderitems USING btree (id);


--
-- Name: orderitems_trans_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX orderitems_trans_id_key ON public.orderitems USING btree (trans_id);


--
-- Name: parts_description_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX parts_description_key ON public.parts USING btree (lower(description));


--
-- Name: parts_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX parts_id_key ON public.parts USING btree (id);


--
-- Name: parts_partnumber_index_u; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX parts_partnumber_index_u ON public.parts USING btree (partnumber) WHERE (obsolete IS FALSE);


--
-- Name: parts_partnumber_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX parts_partnumber_key ON public.parts USING btree (lower(partnumber));


--
-- Name: partsgroup_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partsgroup_id_key ON public.partsgroup USING btree (id);


--
-- Name: partsgroup_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX partsgroup_key ON public.partsgroup USING btree (partsgroup);


--
-- Name: partstax_parts_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partstax_parts_id_key ON public.partstax USING btree (parts_id);


--
-- Name: partsvendor_parts_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partsvendor_parts_id_key ON public.partsvendor USING btree (parts_id);


--
-- Name: payment_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_id_idx ON public.payment USING btree (id);


--
-- Name: pricegroup_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pricegroup_id_key ON public.pricegroup USING btree (id);


--
-- Name: pricegroup_pricegroup_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pricegroup_pricegroup_key ON public.pricegroup USING btree (pricegroup);


--
-- Name: status_trans_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX status_trans_id_key ON public.status USING btree (trans_id);


--
-- Name: template_name_idx_u; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX template_name_idx_u ON public.template USING btree (template_name, format) WHERE (language_code IS NULL);


--
-- Name: transactions_locked_by_i; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX transactions_locked_by_i ON public.transactions USING btree (locked_by);


--
-- Name: translation_trans_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_trans_id_key ON public.translation USING btree (trans_id);


--
-- Name: voucher_batch_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX voucher_batch_id_idx ON public.voucher USING btree (batch_id);


--
-- Name: voucher_trans_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX voucher_trans_id_idx ON public.voucher USING btree (trans_id);


--
-- Name: file_secondary_attachment file_sec_insert_oe_oe; Type: RULE; Schema: public; Owner: -
--

CREATE RULE file_sec_insert_oe_oe AS
    ON INSERT TO public.file_secondary_attachment
   WHERE ((new.source_class = 2) AND (new.dest_class = 2)) DO INSTEAD  INSERT INTO public.file_order_to_order (file_id, source_class, ref_key, dest_class, attached_by, attached_at)
  VALUES (new.file_id, 2, new.ref_key, 2, new.attached_by, COALESCE((new.attached_at)::timestamp with time zone, now()));


--
-- Name: file_secondary_attachment file_sec_insert_oe_tx; Type: RULE; Schema: public; Owner: -
--

CREATE RULE file_sec_insert_oe_tx AS
    ON INSERT TO public.file_secondary_attachment
   WHERE ((new.source_class = 2) AND (new.dest_class = 1)) DO INSTEAD  INSERT INTO public.file_order_to_order (file_id, source_class, ref_key, dest_class, attached_by, attached_at)
  VALUES (new.file_id, 2, new.ref_key, 1, new.attached_by, COALESCE((new.attached_at)::timestamp with time zone, now()));


--
-- Name: file_secondary_attachment file_sec_insert_tx_oe; Type: RULE; Schema: public; Owner: -
--

CREATE RULE file_sec_insert_tx_oe AS
    ON INSERT TO public.file_secondary_attachment
   WHERE ((new.source_class = 1) AND (new.dest_class = 2)) DO INSTEAD  INSERT INTO public.file_tx_to_order (file_id, source_class, ref_key, dest_class, attached_by, attached_at)
  VALUES (new.file_id, 1, new.ref_key, 2, new.attached_by, COALESCE((new.attached_at)::timestamp with time zone, now()));


--
-- Name: acc_trans acc_trans_prevent_closed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER acc_trans_prevent_closed BEFORE INSERT ON public.acc_trans FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: ap ap_audit_trail; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ap_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.ap FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: ap ap_prevent_closed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ap_prevent_closed BEFORE INSERT ON public.ap FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: ap ap_track_deleted_transaction; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ap_track_deleted_transaction AFTER DELETE ON public.ap FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: ap ap_track_global_sequence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ap_track_global_sequence BEFORE INSERT OR UPDATE ON public.ap FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: ar ar_audit_trail; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ar_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.ar FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: ar ar_prevent_closed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ar_prevent_closed BEFORE INSERT ON public.ar FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: ar ar_track_deleted_transaction; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ar_track_deleted_transaction AFTER DELETE ON public.ar FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: ar ar_track_global_sequence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER ar_track_global_sequence BEFORE INSERT OR UPDATE ON public.ar FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: cr_report block_change_when_approved; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER block_change_when_approved BEFORE DELETE OR UPDATE ON public.cr_report FOR EACH ROW EXECUTE FUNCTION public.cr_report_block_changing_approved();


--
-- Name: entity_credit_account eca_maintain_b_units; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER eca_maintain_b_units AFTER INSERT OR UPDATE ON public.entity_credit_account FOR EACH ROW EXECUTE FUNCTION public.eca_bu_trigger();


--
-- Name: entity_credit_account eca_maintain_b_units_del; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER eca_maintain_b_units_del BEFORE DELETE ON public.entity_credit_account FOR EACH ROW EXECUTE FUNCTION public.eca_bu_trigger();


--
-- Name: entity eclass_perms_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER eclass_perms_check BEFORE INSERT OR DELETE OR UPDATE ON public.entity FOR EACH ROW EXECUTE FUNCTION public.tg_enforce_perms_eclass();


--
-- Name: entity_credit_account eclass_perms_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER eclass_perms_check BEFORE INSERT OR DELETE OR UPDATE ON public.entity_credit_account FOR EACH ROW EXECUTE FUNCTION public.tg_enforce_perms_eclass();


--
-- Name: gl gl_audit_trail; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER gl_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.gl FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: gl gl_prevent_closed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER gl_prevent_closed BEFORE INSERT ON public.gl FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: gl gl_track_deleted_transaction; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER gl_track_deleted_transaction AFTER DELETE ON public.gl FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: gl gl_track_global_sequence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER gl_track_global_sequence BEFORE INSERT OR UPDATE ON public.gl FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: journal_entry je_audit_trail; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER je_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.journal_entry FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: account_heading loop_detection; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER loop_detection AFTER INSERT OR UPDATE ON public.account_heading FOR EACH ROW EXECUTE FUNCTION public.account_heading__check_tree();


--
-- Name: parts parts_short; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER parts_short AFTER UPDATE ON public.parts FOR EACH ROW EXECUTE FUNCTION public.trigger_parts_short();


--
-- Name: ac_tax_form ac_tax_form_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ac_tax_form
    ADD CONSTRAINT ac_tax_form_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: acc_trans acc_trans_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: acc_trans acc_trans_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoice(id);


--
-- Name: acc_trans acc_trans_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: acc_trans acc_trans_voucher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_voucher_id_fkey FOREIGN KEY (voucher_id) REFERENCES public.voucher(id);


--
-- Name: account_checkpoint account_checkpoint_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_checkpoint
    ADD CONSTRAINT account_checkpoint_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: account account_heading_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_heading_fkey FOREIGN KEY (heading) REFERENCES public.account_heading(id);


--
-- Name: account_heading account_heading_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_heading
    ADD CONSTRAINT account_heading_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.account_heading(id);


--
-- Name: account_heading_translation account_heading_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_heading_translation
    ADD CONSTRAINT account_heading_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.account_heading(id);


--
-- Name: account_link account_link_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_link
    ADD CONSTRAINT account_link_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id) ON DELETE CASCADE;


--
-- Name: account_link account_link_description_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_link
    ADD CONSTRAINT account_link_description_fkey FOREIGN KEY (description) REFERENCES public.account_link_description(description);


--
-- Name: account_translation account_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_translation
    ADD CONSTRAINT account_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.account(id);


--
-- Name: ap ap_entity_credit_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.entity_credit_account(id);


--
-- Name: ap ap_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: ap ap_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: ap ap_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: ar ar_entity_credit_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.entity_credit_account(id);


--
-- Name: ar ar_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: ar ar_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: ar ar_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: assembly assembly_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assembly
    ADD CONSTRAINT assembly_id_fkey FOREIGN KEY (id) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: assembly assembly_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assembly
    ADD CONSTRAINT assembly_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: asset_class asset_class_asset_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_asset_account_id_fkey FOREIGN KEY (asset_account_id) REFERENCES public.account(id);


--
-- Name: asset_class asset_class_dep_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_dep_account_id_fkey FOREIGN KEY (dep_account_id) REFERENCES public.account(id);


--
-- Name: asset_class asset_class_method_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_method_fkey FOREIGN KEY (method) REFERENCES public.asset_dep_method(id);


--
-- Name: asset_dep_method asset_dep_method_unit_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_unit_class_fkey FOREIGN KEY (unit_class) REFERENCES public.asset_unit_class(id);


--
-- Name: asset_item asset_item_asset_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_asset_account_id_fkey FOREIGN KEY (asset_account_id) REFERENCES public.account(id);


--
-- Name: asset_item asset_item_asset_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_asset_class_id_fkey FOREIGN KEY (asset_class_id) REFERENCES public.asset_class(id);


--
-- Name: asset_item asset_item_dep_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_dep_account_id_fkey FOREIGN KEY (dep_account_id) REFERENCES public.account(id);


--
-- Name: asset_item asset_item_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.business_unit(id);


--
-- Name: asset_item asset_item_exp_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_exp_account_id_fkey FOREIGN KEY (exp_account_id) REFERENCES public.account(id);


--
-- Name: asset_item asset_item_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.eca_invoice(journal_id);


--
-- Name: asset_item asset_item_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.warehouse(id);


--
-- Name: asset_item asset_item_obsolete_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_obsolete_by_fkey FOREIGN KEY (obsolete_by) REFERENCES public.asset_item(id);


--
-- Name: asset_note asset_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_note
    ADD CONSTRAINT asset_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.asset_item(id);


--
-- Name: asset_report asset_report_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: asset_report asset_report_asset_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_asset_class_fkey FOREIGN KEY (asset_class) REFERENCES public.asset_class(id);


--
-- Name: asset_report asset_report_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: asset_report asset_report_gl_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_gl_id_fkey FOREIGN KEY (gl_id) REFERENCES public.gl(id);


--
-- Name: asset_report_line asset_report_line_asset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES public.asset_item(id);


--
-- Name: asset_report_line asset_report_line_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.business_unit(id);


--
-- Name: asset_report_line asset_report_line_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.asset_report(id);


--
-- Name: asset_report_line asset_report_line_warehouse_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouse(id);


--
-- Name: asset_report asset_report_report_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_report_class_fkey FOREIGN KEY (report_class) REFERENCES public.asset_report_class(id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_asset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES public.asset_item(id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_disposal_method_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_disposal_method_id_fkey FOREIGN KEY (disposal_method_id) REFERENCES public.asset_disposal_method(id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.asset_report(id);


--
-- Name: audittrail audittrail_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audittrail
    ADD CONSTRAINT audittrail_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(entity_id);


--
-- Name: batch batch_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: batch batch_batch_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_batch_class_id_fkey FOREIGN KEY (batch_class_id) REFERENCES public.batch_class(id);


--
-- Name: batch batch_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: batch batch_locked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_locked_by_fkey FOREIGN KEY (locked_by) REFERENCES public.session(session_id) ON DELETE SET NULL;


--
-- Name: bu_class_to_module bu_class_to_module_bu_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bu_class_to_module
    ADD CONSTRAINT bu_class_to_module_bu_class_id_fkey FOREIGN KEY (bu_class_id) REFERENCES public.business_unit_class(id);


--
-- Name: bu_class_to_module bu_class_to_module_module_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.bu_class_to_module
    ADD CONSTRAINT bu_class_to_module_module_id_fkey FOREIGN KEY (module_id) REFERENCES public.lsmb_module(id);


--
-- Name: budget_info budget_info_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: budget_info budget_info_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: budget_info budget_info_obsolete_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_obsolete_by_fkey FOREIGN KEY (obsolete_by) REFERENCES public.entity(id);


--
-- Name: budget_line budget_line_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_line
    ADD CONSTRAINT budget_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: budget_line budget_line_budget_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_line
    ADD CONSTRAINT budget_line_budget_id_fkey FOREIGN KEY (budget_id) REFERENCES public.budget_info(id);


--
-- Name: budget_note budget_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_note
    ADD CONSTRAINT budget_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.budget_info(id);


--
-- Name: budget_to_business_unit budget_to_business_unit_bu_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_bu_class_fkey FOREIGN KEY (bu_class) REFERENCES public.business_unit_class(id);


--
-- Name: budget_to_business_unit budget_to_business_unit_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_bu_id_fkey FOREIGN KEY (bu_id) REFERENCES public.business_unit(id);


--
-- Name: budget_to_business_unit budget_to_business_unit_budget_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_budget_id_fkey FOREIGN KEY (budget_id) REFERENCES public.budget_info(id);


--
-- Name: business_unit_ac business_unit_ac_class_id_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_class_id_bu_id_fkey FOREIGN KEY (class_id, bu_id) REFERENCES public.business_unit(class_id, id);


--
-- Name: business_unit_ac business_unit_ac_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_ac business_unit_ac_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id) ON DELETE CASCADE;


--
-- Name: business_unit business_unit_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit business_unit_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id);


--
-- Name: business_unit_inv business_unit_inv_class_id_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_class_id_bu_id_fkey FOREIGN KEY (class_id, bu_id) REFERENCES public.business_unit(class_id, id);


--
-- Name: business_unit_inv business_unit_inv_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_inv business_unit_inv_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.invoice(id) ON DELETE CASCADE;


--
-- Name: business_unit_jl business_unit_jl_bu_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_bu_class_fkey FOREIGN KEY (bu_class) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_jl business_unit_jl_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_bu_id_fkey FOREIGN KEY (bu_id) REFERENCES public.business_unit(id);


--
-- Name: business_unit_jl business_unit_jl_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.journal_line(id);


--
-- Name: business_unit_oitem business_unit_oitem_class_id_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_class_id_bu_id_fkey FOREIGN KEY (class_id, bu_id) REFERENCES public.business_unit(class_id, id);


--
-- Name: business_unit_oitem business_unit_oitem_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_oitem business_unit_oitem_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.orderitems(id) ON DELETE CASCADE;


--
-- Name: business_unit business_unit_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.business_unit(id);


--
-- Name: business_unit_translation business_unit_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_unit_translation
    ADD CONSTRAINT business_unit_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.business_unit(id);


--
-- Name: company company_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company
    ADD CONSTRAINT company_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: country_tax_form country_tax_form_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.country_tax_form
    ADD CONSTRAINT country_tax_form_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: cr_coa_to_account cr_coa_to_account_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_coa_to_account
    ADD CONSTRAINT cr_coa_to_account_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: cr_report cr_report_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: cr_report cr_report_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: cr_report cr_report_deleted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_deleted_by_fkey FOREIGN KEY (deleted_by) REFERENCES public.entity(id);


--
-- Name: cr_report cr_report_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: cr_report_line cr_report_line_ledger_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_ledger_id_fkey FOREIGN KEY (ledger_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: cr_report_line cr_report_line_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.cr_report(id);


--
-- Name: cr_report_line cr_report_line_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_user_fkey FOREIGN KEY ("user") REFERENCES public.entity(id);


--
-- Name: cr_report cr_report_max_ac_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_max_ac_id_fkey FOREIGN KEY (max_ac_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: custom_field_catalog custom_field_catalog_table_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_field_catalog
    ADD CONSTRAINT custom_field_catalog_table_id_fkey FOREIGN KEY (table_id) REFERENCES public.custom_table_catalog(table_id);


--
-- Name: eca_invoice eca_invoice_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id);


--
-- Name: eca_invoice eca_invoice_journal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES public.journal_entry(id);


--
-- Name: eca_invoice eca_invoice_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.language(code);


--
-- Name: eca_note eca_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_note
    ADD CONSTRAINT eca_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_tax eca_tax_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_tax
    ADD CONSTRAINT eca_tax_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: eca_tax eca_tax_eca_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_tax
    ADD CONSTRAINT eca_tax_eca_id_fkey FOREIGN KEY (eca_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_to_contact eca_to_contact_contact_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_contact
    ADD CONSTRAINT eca_to_contact_contact_class_id_fkey FOREIGN KEY (contact_class_id) REFERENCES public.contact_class(id);


--
-- Name: eca_to_contact eca_to_contact_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_contact
    ADD CONSTRAINT eca_to_contact_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_to_location eca_to_location_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_to_location eca_to_location_location_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_location_class_fkey FOREIGN KEY (location_class) REFERENCES public.location_class(id);


--
-- Name: eca_to_location eca_to_location_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: employee_to_ec employee_to_ec_ec_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employee_to_ec
    ADD CONSTRAINT employee_to_ec_ec_id_fkey FOREIGN KEY (ec_id) REFERENCES public.employee_class(id);


--
-- Name: employee_to_ec employee_to_ec_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.employee_to_ec
    ADD CONSTRAINT employee_to_ec_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: entity_bank_account entity_bank_account_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_bank_account
    ADD CONSTRAINT entity_bank_account_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity entity_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: entity_credit_account entity_credit_account_ar_ap_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_ar_ap_account_id_fkey FOREIGN KEY (ar_ap_account_id) REFERENCES public.account(id);


--
-- Name: entity_credit_account entity_credit_account_bank_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_bank_account_fkey FOREIGN KEY (bank_account) REFERENCES public.entity_bank_account(id);


--
-- Name: entity_credit_account entity_credit_account_business_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_business_id_fkey FOREIGN KEY (business_id) REFERENCES public.business(id);


--
-- Name: entity_credit_account entity_credit_account_cash_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_cash_account_id_fkey FOREIGN KEY (cash_account_id) REFERENCES public.account(id);


--
-- Name: entity_credit_account entity_credit_account_discount_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_discount_account_id_fkey FOREIGN KEY (discount_account_id) REFERENCES public.account(id);


--
-- Name: entity_credit_account entity_credit_account_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: entity_credit_account entity_credit_account_entity_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_entity_class_fkey FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: entity_credit_account entity_credit_account_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_credit_account entity_credit_account_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.language(code) ON DELETE SET DEFAULT;


--
-- Name: entity_credit_account entity_credit_account_pricegroup_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_pricegroup_id_fkey FOREIGN KEY (pricegroup_id) REFERENCES public.pricegroup(id);


--
-- Name: entity_credit_account entity_credit_account_primary_contact_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_primary_contact_fkey FOREIGN KEY (primary_contact) REFERENCES public.person(id);


--
-- Name: entity_credit_account entity_credit_account_taxform_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_taxform_id_fkey FOREIGN KEY (taxform_id) REFERENCES public.country_tax_form(id);


--
-- Name: entity_employee entity_employee_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_employee
    ADD CONSTRAINT entity_employee_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_employee entity_employee_manager_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_employee
    ADD CONSTRAINT entity_employee_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.entity(id);


--
-- Name: entity entity_entity_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_entity_class_fkey FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: entity_note entity_note_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note
    ADD CONSTRAINT entity_note_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_note entity_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_note
    ADD CONSTRAINT entity_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity(id);


--
-- Name: entity_other_name entity_other_name_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_other_name
    ADD CONSTRAINT entity_other_name_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_to_contact entity_to_contact_contact_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_contact_class_id_fkey FOREIGN KEY (contact_class_id) REFERENCES public.contact_class(id);


--
-- Name: entity_to_contact entity_to_contact_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_to_location entity_to_location_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_to_location entity_to_location_location_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_location_class_fkey FOREIGN KEY (location_class) REFERENCES public.location_class(id);


--
-- Name: entity_to_location entity_to_location_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: file_base file_base_file_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_file_class_fkey FOREIGN KEY (file_class) REFERENCES public.file_class(id);


--
-- Name: file_base file_base_mime_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_mime_type_id_fkey FOREIGN KEY (mime_type_id) REFERENCES public.mime_type(id);


--
-- Name: file_base file_base_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.entity(id);


--
-- Name: file_eca file_eca_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_eca
    ADD CONSTRAINT file_eca_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity_credit_account(id);


--
-- Name: file_entity file_entity_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_entity
    ADD CONSTRAINT file_entity_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity(id);


--
-- Name: file_order file_order_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order
    ADD CONSTRAINT file_order_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.oe(id) ON DELETE CASCADE;


--
-- Name: file_order_to_order file_order_to_order_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_order
    ADD CONSTRAINT file_order_to_order_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.file_order(id);


--
-- Name: file_order_to_order file_order_to_order_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_order
    ADD CONSTRAINT file_order_to_order_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.oe(id);


--
-- Name: file_order_to_tx file_order_to_tx_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_tx
    ADD CONSTRAINT file_order_to_tx_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.file_order(id);


--
-- Name: file_order_to_tx file_order_to_tx_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_order_to_tx
    ADD CONSTRAINT file_order_to_tx_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.gl(id);


--
-- Name: file_part file_part_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_part
    ADD CONSTRAINT file_part_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: file_secondary_attachment file_secondary_attachment_attached_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_attached_by_fkey FOREIGN KEY (attached_by) REFERENCES public.entity(id);


--
-- Name: file_secondary_attachment file_secondary_attachment_dest_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_dest_class_fkey FOREIGN KEY (dest_class) REFERENCES public.file_class(id);


--
-- Name: file_secondary_attachment file_secondary_attachment_source_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_source_class_fkey FOREIGN KEY (source_class) REFERENCES public.file_class(id);


--
-- Name: file_transaction file_transaction_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_transaction
    ADD CONSTRAINT file_transaction_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.transactions(id);


--
-- Name: file_tx_to_order file_tx_to_order_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_tx_to_order
    ADD CONSTRAINT file_tx_to_order_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.file_transaction(id);


--
-- Name: file_tx_to_order file_tx_to_order_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_tx_to_order
    ADD CONSTRAINT file_tx_to_order_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.oe(id);


--
-- Name: file_view_catalog file_view_catalog_file_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.file_view_catalog
    ADD CONSTRAINT file_view_catalog_file_class_fkey FOREIGN KEY (file_class) REFERENCES public.file_class(id);


--
-- Name: gl gl_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: gl gl_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: gl gl_trans_type_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_trans_type_code_fkey FOREIGN KEY (trans_type_code) REFERENCES public.trans_type(code);


--
-- Name: inventory_report_line inventory_report_line_adjust_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_report_line
    ADD CONSTRAINT inventory_report_line_adjust_id_fkey FOREIGN KEY (adjust_id) REFERENCES public.inventory_report(id);


--
-- Name: inventory_report_line inventory_report_line_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_report_line
    ADD CONSTRAINT inventory_report_line_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: inventory_report inventory_report_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_report
    ADD CONSTRAINT inventory_report_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.gl(id);


--
-- Name: invoice_note invoice_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_note
    ADD CONSTRAINT invoice_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.invoice(id);


--
-- Name: invoice invoice_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: invoice_tax_form invoice_tax_form_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice_tax_form
    ADD CONSTRAINT invoice_tax_form_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoice(id);


--
-- Name: invoice invoice_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: jcitems jcitems_business_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jcitems
    ADD CONSTRAINT jcitems_business_unit_id_fkey FOREIGN KEY (business_unit_id) REFERENCES public.business_unit(id);


--
-- Name: jcitems jcitems_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jcitems
    ADD CONSTRAINT jcitems_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: job job_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job
    ADD CONSTRAINT job_bu_id_fkey FOREIGN KEY (bu_id) REFERENCES public.business_unit(id);


--
-- Name: journal_entry journal_entry_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: journal_entry journal_entry_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: journal_entry journal_entry_journal_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_journal_fkey FOREIGN KEY (journal) REFERENCES public.journal_type(id);


--
-- Name: journal_entry journal_entry_locked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_locked_by_fkey FOREIGN KEY (locked_by) REFERENCES public.session(session_id) ON DELETE SET NULL;


--
-- Name: journal_line journal_line_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: journal_line journal_line_journal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES public.journal_entry(id);


--
-- Name: journal_line journal_line_line_type_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_line_type_fkey FOREIGN KEY (line_type) REFERENCES public.account_link_description(description);


--
-- Name: journal_line journal_line_reconciliation_report_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_reconciliation_report_fkey FOREIGN KEY (reconciliation_report) REFERENCES public.cr_report(id);


--
-- Name: journal_note journal_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.journal_note
    ADD CONSTRAINT journal_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.journal_entry(id);


--
-- Name: location_class_to_entity_class location_class_to_entity_class_entity_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class_to_entity_class
    ADD CONSTRAINT location_class_to_entity_class_entity_class_fkey FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: location_class_to_entity_class location_class_to_entity_class_location_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_class_to_entity_class
    ADD CONSTRAINT location_class_to_entity_class_location_class_fkey FOREIGN KEY (location_class) REFERENCES public.location_class(id);


--
-- Name: location location_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location
    ADD CONSTRAINT location_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: lsmb_group_grants lsmb_group_grants_group_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_group_grants
    ADD CONSTRAINT lsmb_group_grants_group_name_fkey FOREIGN KEY (group_name) REFERENCES public.lsmb_group(role_name);


--
-- Name: lsmb_sequence lsmb_sequence_setting_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lsmb_sequence
    ADD CONSTRAINT lsmb_sequence_setting_key_fkey FOREIGN KEY (setting_key) REFERENCES public.defaults(setting_key);


--
-- Name: makemodel makemodel_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.makemodel
    ADD CONSTRAINT makemodel_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: menu_acl menu_acl_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_acl
    ADD CONSTRAINT menu_acl_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.menu_node(id);


--
-- Name: menu_attribute menu_attribute_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_attribute
    ADD CONSTRAINT menu_attribute_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.menu_node(id);


--
-- Name: menu_node menu_node_parent_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.menu_node
    ADD CONSTRAINT menu_node_parent_fkey FOREIGN KEY (parent) REFERENCES public.menu_node(id);


--
-- Name: mfg_lot_item mfg_lot_item_mfg_lot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot_item
    ADD CONSTRAINT mfg_lot_item_mfg_lot_id_fkey FOREIGN KEY (mfg_lot_id) REFERENCES public.mfg_lot(id);


--
-- Name: mfg_lot_item mfg_lot_item_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot_item
    ADD CONSTRAINT mfg_lot_item_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: mfg_lot mfg_lot_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mfg_lot
    ADD CONSTRAINT mfg_lot_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: new_shipto new_shipto_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: new_shipto new_shipto_oe_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_oe_id_fkey FOREIGN KEY (oe_id) REFERENCES public.oe(id) ON DELETE CASCADE;


--
-- Name: new_shipto new_shipto_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: note note_note_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.note
    ADD CONSTRAINT note_note_class_fkey FOREIGN KEY (note_class) REFERENCES public.note_class(id);


--
-- Name: oe oe_entity_credit_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.entity_credit_account(id);


--
-- Name: oe oe_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: oe oe_oe_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_oe_class_id_fkey FOREIGN KEY (oe_class_id) REFERENCES public.oe_class(id);


--
-- Name: oe oe_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: open_forms open_forms_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.open_forms
    ADD CONSTRAINT open_forms_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.session(session_id) ON DELETE CASCADE;


--
-- Name: orderitems orderitems_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orderitems
    ADD CONSTRAINT orderitems_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: parts parts_expense_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_expense_accno_id_fkey FOREIGN KEY (expense_accno_id) REFERENCES public.account(id);


--
-- Name: parts parts_income_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_income_accno_id_fkey FOREIGN KEY (income_accno_id) REFERENCES public.account(id);


--
-- Name: parts parts_inventory_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_inventory_accno_id_fkey FOREIGN KEY (inventory_accno_id) REFERENCES public.account(id);


--
-- Name: parts parts_returns_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_returns_accno_id_fkey FOREIGN KEY (returns_accno_id) REFERENCES public.account(id);


--
-- Name: parts_translation parts_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parts_translation
    ADD CONSTRAINT parts_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.parts(id);


--
-- Name: partscustomer partscustomer_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: partscustomer partscustomer_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: partscustomer partscustomer_pricegroup_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_pricegroup_id_fkey FOREIGN KEY (pricegroup_id) REFERENCES public.pricegroup(id);


--
-- Name: partsgroup partsgroup_parent_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsgroup
    ADD CONSTRAINT partsgroup_parent_fkey FOREIGN KEY (parent) REFERENCES public.partsgroup(id);


--
-- Name: partsgroup_translation partsgroup_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsgroup_translation
    ADD CONSTRAINT partsgroup_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.partsgroup(id);


--
-- Name: partstax partstax_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: partstax partstax_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: partstax partstax_taxcategory_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_taxcategory_id_fkey FOREIGN KEY (taxcategory_id) REFERENCES public.taxcategory(taxcategory_id);


--
-- Name: partsvendor partsvendor_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partsvendor
    ADD CONSTRAINT partsvendor_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: payment payment_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.person(id);


--
-- Name: payment payment_entity_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_entity_credit_id_fkey FOREIGN KEY (entity_credit_id) REFERENCES public.entity_credit_account(id);


--
-- Name: payment payment_gl_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_gl_id_fkey FOREIGN KEY (gl_id) REFERENCES public.gl(id);


--
-- Name: payment_links payment_links_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_links
    ADD CONSTRAINT payment_links_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: payment_links payment_links_payment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_links
    ADD CONSTRAINT payment_links_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES public.payment(id);


--
-- Name: payment_map payment_map_line_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_map
    ADD CONSTRAINT payment_map_line_id_fkey FOREIGN KEY (line_id) REFERENCES public.journal_line(id);


--
-- Name: payment_map payment_map_pays_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_map
    ADD CONSTRAINT payment_map_pays_fkey FOREIGN KEY (pays) REFERENCES public.eca_invoice(journal_id);


--
-- Name: payroll_deduction_class payroll_deduction_class_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_class
    ADD CONSTRAINT payroll_deduction_class_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: payroll_deduction payroll_deduction_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: payroll_deduction_type payroll_deduction_type_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_type
    ADD CONSTRAINT payroll_deduction_type_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: payroll_deduction payroll_deduction_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.payroll_deduction_type(id);


--
-- Name: payroll_deduction_type payroll_deduction_type_pdc_id_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_deduction_type
    ADD CONSTRAINT payroll_deduction_type_pdc_id_country_id_fkey FOREIGN KEY (pdc_id, country_id) REFERENCES public.payroll_deduction_class(id, country_id);


--
-- Name: payroll_employee_class_to_income_type payroll_employee_class_to_income_type_ec_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_employee_class_to_income_type
    ADD CONSTRAINT payroll_employee_class_to_income_type_ec_id_fkey FOREIGN KEY (ec_id) REFERENCES public.payroll_employee_class(id);


--
-- Name: payroll_employee_class_to_income_type payroll_employee_class_to_income_type_it_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_employee_class_to_income_type
    ADD CONSTRAINT payroll_employee_class_to_income_type_it_id_fkey FOREIGN KEY (it_id) REFERENCES public.payroll_income_type(id);


--
-- Name: payroll_income_class payroll_income_class_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_class
    ADD CONSTRAINT payroll_income_class_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: payroll_income_type payroll_income_type_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_type
    ADD CONSTRAINT payroll_income_type_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: payroll_income_type payroll_income_type_pic_id_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_income_type
    ADD CONSTRAINT payroll_income_type_pic_id_country_id_fkey FOREIGN KEY (pic_id, country_id) REFERENCES public.payroll_income_class(id, country_id);


--
-- Name: payroll_paid_timeoff payroll_paid_timeoff_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_paid_timeoff
    ADD CONSTRAINT payroll_paid_timeoff_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity(id);


--
-- Name: payroll_paid_timeoff payroll_paid_timeoff_pto_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_paid_timeoff
    ADD CONSTRAINT payroll_paid_timeoff_pto_class_id_fkey FOREIGN KEY (pto_class_id) REFERENCES public.payroll_pto_class(id);


--
-- Name: payroll_paid_timeoff payroll_paid_timeoff_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_paid_timeoff
    ADD CONSTRAINT payroll_paid_timeoff_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.payroll_report(id);


--
-- Name: payroll_report payroll_report_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: payroll_report payroll_report_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: payroll_report payroll_report_ec_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_ec_id_fkey FOREIGN KEY (ec_id) REFERENCES public.payroll_employee_class(id);


--
-- Name: payroll_report_line payroll_report_line_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity(id);


--
-- Name: payroll_report_line payroll_report_line_it_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_it_id_fkey FOREIGN KEY (it_id) REFERENCES public.payroll_income_type(id);


--
-- Name: payroll_report_line payroll_report_line_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.payroll_report(id);


--
-- Name: payroll_wage payroll_wage_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: payroll_wage payroll_wage_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.payroll_income_type(id);


--
-- Name: person person_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: person person_salutation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_salutation_id_fkey FOREIGN KEY (salutation_id) REFERENCES public.salutation(id);


--
-- Name: person_to_company person_to_company_company_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_company_id_fkey FOREIGN KEY (company_id) REFERENCES public.company(id) ON DELETE CASCADE;


--
-- Name: person_to_company person_to_company_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: person_to_company person_to_company_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: recurring recurring_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recurring
    ADD CONSTRAINT recurring_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: recurringemail recurringemail_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recurringemail
    ADD CONSTRAINT recurringemail_id_fkey FOREIGN KEY (id) REFERENCES public.recurring(id);


--
-- Name: recurringprint recurringprint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recurringprint
    ADD CONSTRAINT recurringprint_id_fkey FOREIGN KEY (id) REFERENCES public.recurring(id);


--
-- Name: robot robot_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.robot
    ADD CONSTRAINT robot_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: session session_users_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_users_id_fkey FOREIGN KEY (users_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: tax tax_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax
    ADD CONSTRAINT tax_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: tax_extended tax_extended_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_extended
    ADD CONSTRAINT tax_extended_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id) ON DELETE CASCADE;


--
-- Name: tax tax_taxmodule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax
    ADD CONSTRAINT tax_taxmodule_id_fkey FOREIGN KEY (taxmodule_id) REFERENCES public.taxmodule(taxmodule_id);


--
-- Name: taxcategory taxcategory_taxmodule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.taxcategory
    ADD CONSTRAINT taxcategory_taxmodule_id_fkey FOREIGN KEY (taxmodule_id) REFERENCES public.taxmodule(taxmodule_id);


--
-- Name: template template_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.template
    ADD CONSTRAINT template_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.language(code);


--
-- Name: transactions transactions_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: transactions transactions_locked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_locked_by_fkey FOREIGN KEY (locked_by) REFERENCES public.session(session_id) ON DELETE SET NULL;


--
-- Name: user_preference user_preference_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_id_fkey FOREIGN KEY (id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: user_preference user_preference_language_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_language_fkey FOREIGN KEY (language) REFERENCES public.language(code);


--
-- Name: users users_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: voucher voucher_batch_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_batch_class_fkey FOREIGN KEY (batch_class) REFERENCES public.batch_class(id);


--
-- Name: voucher voucher_batch_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES public.batch(id);


--
-- Name: voucher voucher_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: warehouse_inventory warehouse_inventory_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warehouse_inventory
    ADD CONSTRAINT warehouse_inventory_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: yearend yearend_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.yearend
    ADD CONSTRAINT yearend_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.gl(id);


--
-- PostgreSQL database dump complete
--

\unrestrict CfZRSDhgHrsOohAMhuQZOxDWnGbdnYLNBze2QJUQxGRKOplOVEfS0wi3Yy7hI6N

