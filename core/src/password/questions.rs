//! Security questions: the shopper's own answers, asked when they forget
//! their payment password.

use serde::{Deserialize, Serialize};

use super::{HashingError, PasswordHash, SecretHasher};

/// The fewest security questions a shopper must set.
pub const MIN_SECURITY_QUESTIONS: usize = 3;

/// Why a set of security questions was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SecurityQuestionError {
    /// Fewer than three questions.
    #[error("choose at least {min} security questions; you chose {given}")]
    TooFewQuestions {
        /// How many were given.
        given: usize,
        /// The minimum.
        min: usize,
    },
    /// The same question twice.
    #[error("\"{question}\" is chosen twice; choose different questions")]
    DuplicateQuestion {
        /// The repeated question.
        question: String,
    },
    /// A question with a blank answer.
    #[error("\"{question}\" has no answer; answer every question you choose")]
    EmptyAnswer {
        /// The question left blank.
        question: String,
    },
    /// Hashing the answers failed.
    #[error(transparent)]
    #[serde(skip)]
    Hashing(#[from] HashingError),
}

/// One question with the hash of its normalised answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAnswer {
    /// The question as the shopper chose it.
    pub question: String,
    /// Argon2id hash of the normalised answer.
    pub answer_hash: PasswordHash,
}

/// A shopper's security questions with hashed answers: the answers are never
/// kept in clear.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityAnswers {
    answers: Vec<StoredAnswer>,
}

impl SecurityAnswers {
    /// Checks and hashes `(question, answer)` pairs: at least three distinct
    /// questions, none with a blank answer.
    pub fn new(pairs: &[(String, String)], hasher: &SecretHasher) -> Result<SecurityAnswers, SecurityQuestionError> {
        SecurityAnswers::check(pairs)?;
        let answers = pairs
            .iter()
            .map(|(question, answer)| {
                Ok(StoredAnswer {
                    question: question.trim().to_string(),
                    answer_hash: hasher.hash(&normalize(answer))?,
                })
            })
            .collect::<Result<Vec<_>, SecurityQuestionError>>()?;
        Ok(SecurityAnswers { answers })
    }

    /// The rules alone, without hashing: at least three distinct questions,
    /// none with a blank answer. The phone checks this before sending.
    pub fn check(pairs: &[(String, String)]) -> Result<(), SecurityQuestionError> {
        if pairs.len() < MIN_SECURITY_QUESTIONS {
            return Err(SecurityQuestionError::TooFewQuestions { given: pairs.len(), min: MIN_SECURITY_QUESTIONS });
        }
        let mut seen = Vec::with_capacity(pairs.len());
        for (question, answer) in pairs {
            let key = normalize(question);
            if seen.contains(&key) {
                return Err(SecurityQuestionError::DuplicateQuestion { question: question.trim().to_string() });
            }
            if normalize(answer).is_empty() {
                return Err(SecurityQuestionError::EmptyAnswer { question: question.trim().to_string() });
            }
            seen.push(key);
        }
        Ok(())
    }

    /// The questions, to ask them back.
    pub fn questions(&self) -> Vec<String> {
        self.answers.iter().map(|stored| stored.question.clone()).collect()
    }

    /// True only if every stored question is answered correctly. Answers
    /// compare after trimming, folding spaces and case ("  Paris " = "paris").
    pub fn verify(&self, given: &[(String, String)], hasher: &SecretHasher) -> bool {
        self.answers.iter().all(|stored| {
            let key = normalize(&stored.question);
            given
                .iter()
                .find(|(question, _)| normalize(question) == key)
                .is_some_and(|(_, answer)| hasher.verify(&stored.answer_hash, &normalize(answer)))
        })
    }
}

/// Trim, collapse inner whitespace, lowercase: how a person would consider
/// two answers "the same".
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(q, a)| (q.to_string(), a.to_string())).collect()
    }

    fn three() -> Vec<(String, String)> {
        pairs(&[("First pet?", "Rex"), ("Mother's maiden name?", "Silva"), ("Birth city?", "Porto Alegre")])
    }

    #[test]
    fn two_questions_are_too_few() {
        let hasher = SecretHasher::fast_for_tests();
        let error = SecurityAnswers::new(&three()[..2], &hasher).unwrap_err();
        assert_eq!(error, SecurityQuestionError::TooFewQuestions { given: 2, min: 3 });
    }

    #[test]
    fn the_same_question_twice_is_refused_whatever_its_case() {
        let hasher = SecretHasher::fast_for_tests();
        let given = pairs(&[("First pet?", "Rex"), ("first  PET?", "Tom"), ("Birth city?", "Porto")]);
        assert_eq!(
            SecurityAnswers::new(&given, &hasher),
            Err(SecurityQuestionError::DuplicateQuestion { question: "first  PET?".into() })
        );
    }

    #[test]
    fn a_blank_answer_is_refused() {
        let hasher = SecretHasher::fast_for_tests();
        let given = pairs(&[("First pet?", "Rex"), ("Mother's maiden name?", "   "), ("Birth city?", "Porto")]);
        assert!(matches!(SecurityAnswers::new(&given, &hasher), Err(SecurityQuestionError::EmptyAnswer { .. })));
    }

    #[test]
    fn answers_verify_ignoring_case_and_spacing_but_all_must_match() {
        let hasher = SecretHasher::fast_for_tests();
        let stored = SecurityAnswers::new(&three(), &hasher).unwrap();
        let right =
            pairs(&[("first pet?", " rex "), ("Mother's maiden name?", "SILVA"), ("Birth city?", "porto   alegre")]);
        assert!(stored.verify(&right, &hasher));
        let one_wrong =
            pairs(&[("First pet?", "Rex"), ("Mother's maiden name?", "Souza"), ("Birth city?", "Porto Alegre")]);
        assert!(!stored.verify(&one_wrong, &hasher));
        assert!(!stored.verify(&three()[..2], &hasher), "every question must be answered");
    }

    #[test]
    fn answers_are_never_kept_in_clear() {
        let hasher = SecretHasher::fast_for_tests();
        let stored = SecurityAnswers::new(&three(), &hasher).unwrap();
        let json = serde_json::to_string(&stored).unwrap();
        let debug = format!("{stored:?}");
        for answer in ["rex", "Rex", "silva", "Silva", "porto alegre", "Porto Alegre"] {
            assert!(!json.contains(answer) && !debug.contains(answer), "{answer} leaked");
        }
    }
}
