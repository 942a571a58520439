ALTER TABLE `occupations` ADD `reading_row` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Backfill: the row of each existing reading (the same table as lib/reading/gojuon.ts readingRow;
-- writes set it from then on).
UPDATE `occupations` SET `reading_row` = CASE
  WHEN substr(reading, 1, 1) IN ('ぁ', 'あ', 'ぃ', 'い', 'ぅ', 'う', 'ぇ', 'え', 'ぉ', 'お', 'ゔ', 'ァ', 'ア', 'ィ', 'イ', 'ゥ', 'ウ', 'ェ', 'エ', 'ォ', 'オ', 'ヴ') THEN 'あ'
  WHEN substr(reading, 1, 1) IN ('か', 'が', 'き', 'ぎ', 'く', 'ぐ', 'け', 'げ', 'こ', 'ご', 'ゕ', 'ゖ', 'カ', 'ガ', 'キ', 'ギ', 'ク', 'グ', 'ケ', 'ゲ', 'コ', 'ゴ', 'ヵ', 'ヶ') THEN 'か'
  WHEN substr(reading, 1, 1) IN ('さ', 'ざ', 'し', 'じ', 'す', 'ず', 'せ', 'ぜ', 'そ', 'ぞ', 'サ', 'ザ', 'シ', 'ジ', 'ス', 'ズ', 'セ', 'ゼ', 'ソ', 'ゾ') THEN 'さ'
  WHEN substr(reading, 1, 1) IN ('た', 'だ', 'ち', 'ぢ', 'っ', 'つ', 'づ', 'て', 'で', 'と', 'ど', 'タ', 'ダ', 'チ', 'ヂ', 'ッ', 'ツ', 'ヅ', 'テ', 'デ', 'ト', 'ド') THEN 'た'
  WHEN substr(reading, 1, 1) IN ('な', 'に', 'ぬ', 'ね', 'の', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ') THEN 'な'
  WHEN substr(reading, 1, 1) IN ('は', 'ば', 'ぱ', 'ひ', 'び', 'ぴ', 'ふ', 'ぶ', 'ぷ', 'へ', 'べ', 'ぺ', 'ほ', 'ぼ', 'ぽ', 'ハ', 'バ', 'パ', 'ヒ', 'ビ', 'ピ', 'フ', 'ブ', 'プ', 'ヘ', 'ベ', 'ペ', 'ホ', 'ボ', 'ポ') THEN 'は'
  WHEN substr(reading, 1, 1) IN ('ま', 'み', 'む', 'め', 'も', 'マ', 'ミ', 'ム', 'メ', 'モ') THEN 'ま'
  WHEN substr(reading, 1, 1) IN ('ゃ', 'や', 'ゅ', 'ゆ', 'ょ', 'よ', 'ャ', 'ヤ', 'ュ', 'ユ', 'ョ', 'ヨ') THEN 'や'
  WHEN substr(reading, 1, 1) IN ('ら', 'り', 'る', 'れ', 'ろ', 'ラ', 'リ', 'ル', 'レ', 'ロ') THEN 'ら'
  WHEN substr(reading, 1, 1) IN ('ゎ', 'わ', 'ゐ', 'ゑ', 'を', 'ん', 'ヮ', 'ワ', 'ヰ', 'ヱ', 'ヲ', 'ン') THEN 'わ'
  ELSE '' END;--> statement-breakpoint
CREATE INDEX `occupations_published_reading` ON `occupations` (`reading_row`,`reading`) WHERE status = 'published' AND deleted_at IS NULL;
