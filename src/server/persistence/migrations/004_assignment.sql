-- The consultant a case is assigned to: the first consultant who opened it for writing (its creator).
-- Tablets download ahead the cases assigned to their user ("klaar voor onderweg").
ALTER TABLE documents ADD COLUMN IF NOT EXISTS assigned_user_id uuid;
