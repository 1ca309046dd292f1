-- A survey answer's version 0 is the answer not yet started (the ETag of that read); stored answers start at 1 so that
-- an If-Match sent after reading "not started" never matches an answer started meanwhile.
UPDATE survey_answer SET version = 1 WHERE version = 0;
ALTER TABLE survey_answer ADD CONSTRAINT survey_answer_stored_from_version_one CHECK (version >= 1);
