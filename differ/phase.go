package differ

// phase orders changes: a change runs after every change of an earlier phase. The
// phases encode the dependencies between object kinds that hold in every plan:
// foreign keys and indexes go before what they reference is dropped, schemas and
// types exist before the tables that use them, constraints come after their columns,
// and the things tables use are dropped only once no table uses them any more.
type phase int

const (
	// Run outside the transaction, first: enum labels must be committed before a
	// default or a check can use them; indexes are dropped without blocking writes.
	phaseRename phase = iota // renames run first, in their own step (see Renames)
	phaseAddEnumValue
	phaseDropIndexConcurrently
	phaseDetachConcurrently // DETACH PARTITION ... CONCURRENTLY (14+)

	phaseDropView // views, triggers and policies, before what they use changes
	phaseDropFunction
	phaseDropForeignKey
	phaseDetachSequence // from a column about to be dropped
	phaseDetachPartition
	phaseDropConstraint // non-foreign-key constraints
	phaseDropTable
	phaseDropColumn
	phaseCreateSchema
	phaseCreateExtension
	phaseCreateCollation // before the types, columns and indexes that use them
	phaseCreateType
	phaseCreateSequence
	phaseCreateFunction // before tables, whose defaults and checks may call them
	phaseCreateTable
	phaseAddColumn
	phaseAlterColumn
	phaseAddConstraint
	phaseCreatePartitionIndex // before the parent's index, which then attaches it
	phaseCreateIndex
	phaseAttachPartition
	phaseAttachIndex // a partition's index to its parent's, once both exist
	phaseAddForeignKey
	phaseAlterTable // table options, sequence ownership, replica identity
	phaseCreateView
	phaseCreateViewIndex // indexes of materialized views
	phaseTrigger
	phasePolicy
	phaseOwner // before the grants: a new owner takes over the old one's grants
	phasePrivileges
	// Default privileges change after every object the plan creates, which thus
	// get the current state's (see newObjectPrivileges).
	phaseDefaultPrivileges
	phaseComment
	phaseDropSequence
	phaseDropType
	phaseDropCollation // once no column, type or index uses it
	phaseDropExtension
	phaseDropSchema

	// Run outside the transaction, last, each statement in a transaction of its
	// own: what scans an existing table without blocking writes, and the quick
	// steps that need it done. Constraints added NOT VALID above are validated;
	// NOT NULL is set once a validated check proves it; indexes are built
	// concurrently, changed ones swapped in, unique and primary key constraints
	// attached to the indexes built for them; then their comments.
	phaseValidate
	phaseSetNotNull
	phaseCreateIndexConcurrently
	phaseSwapIndex
	phaseConstraintUsingIndex
	phaseCommentConcurrentIndex
)
