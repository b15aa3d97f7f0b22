//! The values SQL statements take and rows give, the same over SQLite and
//! PostgreSQL: the four kinds both stores share (money is integer minor
//! units, times are RFC 3339 text, flags are 0 or 1), so a row reads the
//! same from either; the error a statement ends with.

/// One value in a row or a statement's parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// SQL `NULL`.
    Null,
    /// A 64-bit integer: minor units, counts, ids, flags (0 or 1).
    Integer(i64),
    /// Text: ids, RFC 3339 times, JSON.
    Text(String),
    /// Bytes.
    Blob(Vec<u8>),
}

/// A database failure, or a row that does not hold what the code expected.
#[derive(Debug, thiserror::Error)]
pub enum SqlError {
    /// A statement expected to return a row returned none.
    #[error("the query returned no row")]
    NoRows,
    /// A column held a value of another kind than the one read.
    #[error("column {index} holds {found:?}, not {wanted}")]
    Column { index: usize, wanted: &'static str, found: Value },
    /// SQLite refused or failed.
    #[error("sqlite: {0}")]
    Sqlite(rusqlite::Error),
    /// PostgreSQL refused or failed.
    #[error("postgres: {0}")]
    Postgres(String),
    /// PostgreSQL could not fit the transaction into a one-at-a-time order
    /// with the others (a serialization failure or a deadlock): the store
    /// runs it again, so it is not a fault to report.
    #[error("postgres, to be run again: {0}")]
    RunAgain(String),
}

impl SqlError {
    /// Whether the store will run the transaction again for this.
    pub fn is_run_again(&self) -> bool {
        matches!(self, SqlError::RunAgain(_))
    }
}

impl From<rusqlite::Error> for SqlError {
    fn from(error: rusqlite::Error) -> Self {
        match error {
            rusqlite::Error::QueryReturnedNoRows => SqlError::NoRows,
            other => SqlError::Sqlite(other),
        }
    }
}

/// `.optional()` on a one-row query: no row becomes `None`.
pub trait Optional<T> {
    /// `Ok(None)` for [`SqlError::NoRows`], anything else unchanged.
    fn optional(self) -> Result<Option<T>, SqlError>;
}

impl<T> Optional<T> for Result<T, SqlError> {
    fn optional(self) -> Result<Option<T>, SqlError> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(SqlError::NoRows) => Ok(None),
            Err(other) => Err(other),
        }
    }
}

/// A Rust value that can be a statement's parameter.
pub trait ToValue {
    /// The value as SQL sees it.
    fn to_value(&self) -> Value;
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_owned())
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

macro_rules! integer_values {
    ($($integer:ty),*) => {$(
        impl ToValue for $integer {
            fn to_value(&self) -> Value {
                Value::Integer(i64::try_from(*self).expect("an integer parameter fits in 64 bits"))
            }
        }

        impl FromValue for $integer {
            fn from_value(value: Value, index: usize) -> Result<Self, SqlError> {
                match value {
                    Value::Integer(integer) => <$integer>::try_from(integer).map_err(|_| SqlError::Column {
                        index,
                        wanted: stringify!($integer),
                        found: Value::Integer(integer),
                    }),
                    found => Err(SqlError::Column { index, wanted: stringify!($integer), found }),
                }
            }
        }
    )*};
}

integer_values!(i64, i32, i16, u8, u16, u32, u64, usize);

/// A Rust value a column can be read as.
pub trait FromValue: Sized {
    /// Reads column `index`'s value.
    fn from_value(value: Value, index: usize) -> Result<Self, SqlError>;
}

impl FromValue for Value {
    fn from_value(value: Value, _index: usize) -> Result<Self, SqlError> {
        Ok(value)
    }
}

impl FromValue for String {
    fn from_value(value: Value, index: usize) -> Result<Self, SqlError> {
        match value {
            Value::Text(text) => Ok(text),
            found => Err(SqlError::Column { index, wanted: "text", found }),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(value: Value, index: usize) -> Result<Self, SqlError> {
        match value {
            Value::Blob(bytes) => Ok(bytes),
            found => Err(SqlError::Column { index, wanted: "bytes", found }),
        }
    }
}

impl FromValue for bool {
    fn from_value(value: Value, index: usize) -> Result<Self, SqlError> {
        match value {
            Value::Integer(flag) => Ok(flag != 0),
            found => Err(SqlError::Column { index, wanted: "a flag", found }),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value, index: usize) -> Result<Self, SqlError> {
        match value {
            Value::Null => Ok(None),
            value => T::from_value(value, index).map(Some),
        }
    }
}

/// A statement's parameters: `[a, b]` of one type, `params![a, b]` of
/// several, or `[]`.
pub trait Params {
    /// The parameters as values, in order (`?1` first).
    fn values(self) -> Vec<Value>;
}

impl Params for [&dyn ToValue; 0] {
    fn values(self) -> Vec<Value> {
        Vec::new()
    }
}

impl Params for &[&dyn ToValue] {
    fn values(self) -> Vec<Value> {
        self.iter().map(|value| value.to_value()).collect()
    }
}

/// Parameters built at run time (a statement whose length depends on its
/// data, such as one insert of several rows).
impl Params for Vec<Value> {
    fn values(self) -> Vec<Value> {
        self
    }
}

macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: ToValue> Params for [T; $n] {
            fn values(self) -> Vec<Value> {
                self.iter().map(ToValue::to_value).collect()
            }
        }
    )*};
}

array_params!(1, 2, 3, 4, 5, 6, 7, 8);

/// Parameters of several types: `params![user_id, amount_minor]`.
#[macro_export]
macro_rules! params {
    () => { [] as [&dyn $crate::store::ToValue; 0] };
    ($($param:expr),+ $(,)?) => {
        &[$(&$param as &dyn $crate::store::ToValue),+] as &[&dyn $crate::store::ToValue]
    };
}

/// How a column is named: by its position, from 0.
pub trait ColumnIndex {
    /// The column's position.
    fn position(self) -> usize;
}

impl ColumnIndex for usize {
    fn position(self) -> usize {
        self
    }
}

/// A row read whole: a tuple whose elements are its columns in order.
pub trait FromRow: Sized {
    /// Reads every column of `row`.
    fn from_row(row: &Row) -> Result<Self, SqlError>;
}

macro_rules! tuple_from_row {
    ($($column:ident $index:tt),+) => {
        impl<$($column: FromValue),+> FromRow for ($($column,)+) {
            fn from_row(row: &Row) -> Result<Self, SqlError> {
                Ok(($(row.get::<_, $column>($index)?,)+))
            }
        }
    };
}

tuple_from_row!(A 0, B 1);
tuple_from_row!(A 0, B 1, C 2);
tuple_from_row!(A 0, B 1, C 2, D 3);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_from_row!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// One row of a result, read by column index.
#[derive(Debug)]
pub struct Row {
    values: Vec<Value>,
}

impl Row {
    /// Column `index` (from 0) as a `T`. The first type parameter is there
    /// so `row.get::<_, String>(0)` reads as it does in rusqlite.
    pub fn get<I: ColumnIndex, T: FromValue>(&self, index: I) -> Result<T, SqlError> {
        let index = index.position();
        let value = self.values.get(index).cloned().ok_or(SqlError::Column {
            index,
            wanted: "a column",
            found: Value::Null,
        })?;
        T::from_value(value, index)
    }

    /// The whole row as a tuple, one column per element in order:
    /// `row.read::<(String, i64)>()`.
    pub fn read<T: FromRow>(&self) -> Result<T, SqlError> {
        T::from_row(self)
    }

    /// Every column's value, in order.
    pub fn values(&self) -> &[Value] {
        &self.values
    }

    pub(super) fn new(values: Vec<Value>) -> Row {
        Row { values }
    }
}
