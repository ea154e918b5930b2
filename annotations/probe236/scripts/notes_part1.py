"""probe236 corpus notes, P01-P07 (dictated notes passed through speech recognition; all invented)."""

P01 = {"patient_id": "P01", "age": 63, "sex": "F", "notes": [
("2019-04-02", "Endocrinology Clinic Dictation", """
ENDOCRINOLOGY FOLLOW UP -- DICTATED
Provider: Imelda Ferrante-Oakes, MD   DD: 04/02/2019   DT: 04/03/2019   Job 30417

History colon pleasant sixty three yo female, type two diabetic, end stage kidney failure,
hemo dialysis Monday Wednesday Friday at the Pellingham unit comma here about her sugars
period. A1c nine point one. Glipizide was stopped at her last visit and we
started in Sulan glargine ten units at bedtime on March fourteenth. She tells me she has
injected every single dose into the left outer thigh because she sits on the couch with
that leg propped up and its the easiest spot new paragraph she has not been using her
belly or arms. No lows. Never been on warfarin.
Exam: weight ninety one point four kg, BMI thirty three point eight, obese habitus.
Left lateral thigh injection area soft, no lipo hypertrophy.
Plan: glargine up to twelve units, reviewed site rotation, return eight weeks.
-- dictated but not read, speech engine in use --
"""),
("2019-10-30", "Dermatology Consult Dictation", """
DERMATOLOGY CONSULTATION
Dictated by Rosalind Achterberg, MD on 10/30/2019; transcribed by speech engine, unedited.

Reason for consult: painful wound left thigh period.
H P I: sixty three year old woman on hemo dialysis with in Sulan requiring diabetes.
Pain along the lateral aspect of her left thigh began about three weeks ago as a hard
tender lump and over the last ten days it went dark purple comma then black centrally
period. Unprompted she says it is precisely where her nightly in Sulan shot goes.
Exam colon left lateral thigh eight by six centimeter stellate purpuric plaque comma black
eschar centrally comma livedo at the rim comma exquisitely tender. Right thigh and abdomen
clear.
Assessment: highly concerning for calcify lacks is at an insulin injection site. Punch biopsy
times two taken at the active border today, hemostasis with pressure.
Plan: await pathology, petrolatum dressing daily, nephrology aware.
"""),
("2019-11-08", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE dictation
Date of service November eighth twenty nineteen

Pathology from the left thigh biopsies came back colon calcific uremic arteriolopathy, ring like
calcium hugging tiny vessels down in the fat comma fat necrosis too comma so
this is biopsy proven calciphylaxis new paragraph
Plan went over with patient and her son period. Sodium thio sulfate twenty five g I V in the
tail end of every hemo dialysis run beginning Monday. Calcium acetate changed to seven
lamer. Endocrine
aware, she will move her glargine to the abdomen and keep away from the left thigh
entirely. Dry weight ninety kilograms, BMI today thirty three point one. Wound care per
dermatology. Pain clinic referral placed.
End of dictation.
"""),
]}

P02 = {"patient_id": "P02", "age": 58, "sex": "M", "notes": [
("2021-07-12", "Urgent Care Dictation", """
URGENT CARE VISIT -- voice dictated
Clinician: Teodor Blaskowitz, PA-C     Visit date: 07/12/2021

Fifty eight year old man with E S R D on peritoneal dialysis with a nightly cycler, atrial
fibrillation on warfarin, no diabetes, here with right shoulder pain since the fourth of
July when he hauled a full cooler out of a truck bed at a family barbecue period. He has
been icing the right shoulder using frozen peas from the freezer on and off all day
since that evening, sometimes nodding off in the recliner with the peas on. Ice helps.
Exam: tender over the right supra spinatus, painful arc, strength five minus over five,
skin of the right shoulder intact, no bruising. I N R today two point six.
Impression: right rotator cuff strain.
Plan: no N SAIDs because of his kidneys, acetaminophen, pendulum exercises, limit the ice
to twenty minutes with a cloth between. BMI twenty seven point six.
"""),
("2021-08-24", "Peritoneal Dialysis Clinic Note", """
P D CLINIC -- HOME DIALYSIS UNIT, Brackenridge
DD 24/08/2021 (dictation template prints day month year)

Seen for monthly P D review comma Kt over V adequate, exit site clean and dry. New problem
colon a very painful violet hard plaque on the right shoulder cap about five centimeters
across with a dusky center. He dates it to the beginning of August and it sits right where
the frozen peas rested most nights in July. On warfarin since twenty nineteen for a fib.
Phosphorus six point eight, calcium ten point one. Concern for calciphylaxis, cold
panniculitis also on the list. Sent urgently to dermatology for biopsy, will talk to
cardiology about the warfarin.
Dictated not read.
"""),
("2021-09-03", "Dermatology Dictation", """
Dermatology follow up period Dr Wilhelmina Osei-Parr dictating September 3 2021

Biopsy of the right shoulder done 27/08/2021 shows mural calcium deposition within little dermal
and subcutaneous vessels, intraluminal thrombi, neighbouring fat necrosis comma findings
diagnostic of calciphylaxis. The plaque has ulcerated centrally with a firm black eschar
now. Cardiology agreed, warfarin discontinued and apixaban started. Nephrology arranging
sodium thiosulfate. No more ice on that shoulder. Dressings with a hydrocolloid, change
every three days. BMI twenty seven point two.
New paragraph return in two weeks or sooner if fever.
"""),
]}

P03 = {"patient_id": "P03", "age": 71, "sex": "F", "notes": [
("2022-09-09", "Spine Clinic Dictation", """
ORTHOPEDIC SPINE CLINIC
Dictating: Cormac Delahunty, MD. Date 9/9/2022.

Seventy one year old female, E S R D, hemo dialysis M W F schedule, type two diabetes
managed on linagliptin, she has turned down in Sulan in the past,
seen after a fall from standing with a T twelve compression fracture, roughly twenty
percent height loss, neuro intact. Treating non operatively. She was fitted in clinic today
with a rigid thoracolumbar brace, the T L S O, to wear whenever upright. Orthotist happy
with the fit though the lower left side panel rides high over her left flank. Warfarin was
stopped in twenty seventeen after her a fib ablation comma on no anticoagulant now. BMI has
ranged twenty nine to thirty one over the past year; today BMI thirty point four.
Follow up six weeks with standing films.
"""),
("2022-10-05", "Hemodialysis Rounding Note", """
HEMODIALYSIS ROUNDS -- Ashgrove unit, chair fourteen
Oct 5, 2022

Seen on the machine. Tolerating runs, U F goal met. She wears the back brace from wake up
until lights out, has since the fitting on September ninth, and complains the bottom edge
digs into her left
side. Left flank skin under the edge is pink and blanches, no break in the skin. Suggested
padding it with a folded pillowcase period. Fall precautions reviewed again. Phos five
point nine comma P T H six hundred twelve. Continue cinacalcet and seven lamer. Dry weight
seventy eight point five kg. Next labs in two weeks.
"""),
("2022-11-10", "Wound Clinic Dictation", """
WOUND CARE CENTER new patient
Dictated 11-10-2022 by Priya Vantongeren, NP -- not proofread

Referred by dialysis for a left flank wound. Pateint states the area turned hard, purple
and very painful around Halloween and within a week had a black crust on it. Location
colon left flank right at the lower border of her T L S O brace, exactly where she was
complaining of the edge pressing last month. Measures four point five by three
centimeters with dry adherent eschar and a violaceous indurated border, no fluctuance, no
odor. Differential calcify lacks is versus pressure injury. Orthotics padded and trimmed
the brace today. Derm to biopsy next week.
"""),
("2022-11-22", "Dermatology Dictation", """
DERMATOLOGY -- dictation 22.11.2022

Known to wound clinic. Wedge of tissue taken November fifteenth where the left flank eschar
meets normal skin colon vonn cost a stain lights up calcium in tiny vessel walls comma clot
in the lumens comma septal pannic you litis comma consistent with calciphylaxis.
Clinically it all fits:
dialysis, diabetes, and a new lesion under a brace edge. Start sodium thiosulfate with
hemo dialysis comma calcium based binder discontinued. BMI thirty point one. No
anticoagulants on
her list. Brace use to be reviewed by spine team.
"""),
]}

P04 = {"patient_id": "P04", "age": 49, "sex": "M", "notes": [
("2020-01-14", "Office Procedure Note", """
OFFICE PROCEDURE NOTE, general surgery clinic, Fernhill
Date of procedure January 14 2020. Surgeon Lionel Kwabena-Hart, MD. Dictated.

Forty nine year old man on hemo dialysis for E S R D from I g A nephropathy, no diabetes,
never on blood thinners, with a recurrently inflamed epidermoid cyst of the right upper
back over the scapula. Consent signed. Anesthesia colon local. Chlorhexidine prep, sterile
field. Elliptical excision about three centimeters long, cyst sac removed intact
comma closure with four oh nylon interrupted sutures. Blood loss minimal. Tolerated well.
Plan: suture removal in ten to fourteen days, keep it dry for two days, call for redness or
drainage. Path to follow.
"""),
("2020-03-02", "Hemodialysis Rounding Note", """
Dialysis rounding note dictated 3/2/20, Monday Wednesday Friday shift

Patient complains of a sore hardened area, right upper back, at the place where the cyst
was cut out in January. Stitches came out without trouble and the scar looked fine but
since mid February the scar area has gone purple, rock hard and extremely tender and it
has developed a black center, roughly quarter sized. Afebrile. Differential infected scar
versus calcify lacks is, his calcium phosphorus product runs about seventy. Wound culture
sent, doxy cycling started, dermatology referral. Dry weight sixty nine kilos.
"""),
("2020-03-19", "Dermatology Dictation", """
DERMATOLOGY NOTE speech recognition draft
Date 2020-03-19

Forty nine year old man on H D. Deep wedge biopsy, right upper back lesion, 03/09/2020:
calcified
media with intimal thickening in subcutaneous arterioles, luminal thrombi, adjacent fat
necrosis, consistent with calciphylaxis period. Culture grew
skin flora only, doxycycline stopped. The lesion arose along the healed cyst excision scar
about a month after surgery comma so at a site of prior surgical trauma. Plan colon
thiosulfate with runs, local wound care, calcium carbonate off. BMI twenty four point nine,
weight sixty nine kg.
"""),
]}

P05 = {"patient_id": "P05", "age": 67, "sex": "F", "notes": [
("2023-01-03", "Hemodialysis Nursing Note", """
HD TREATMENT NOTE nurse dictation 01/03/2023

Patient came in with her walker. Tells me her right shin took a hit from the metal bed
frame corner
New Year's Eve when she got up in the dark period. Right anterior shin with a two
centimeter superficial scrape and a small bruise around it, not bleeding now. Cleaned with
saline and covered with a band aid, told to watch it comma report redness. Fistula left
upper arm good thrill and bruit. Pre weight eighty eight point two kg. Finger stick one
eighty four, took her in Sulan lispro in the abdomen before coming per usual.
"""),
("2023-01-27", "Wound Clinic Dictation", """
Wound clinic -- dictated -- 27 January 2023

Sixty seven year old woman on hemo dialysis with insulin treated diabetes, referred for the
right shin. The scrape from the bed frame just before New Year never healed, then
about the middle of January the skin around the scrape turned dusky purple, then black,
and the pain went to ten out of ten. Exam: right anterior shin three by four centimeter
ulcer capped by black eschar with a starburst purple rim, surrounding induration, pulses weak
but present. Concern for calcify lacks is where minor trauma occurred, versus arterial ulcer.
Punch biopsy obtained at the edge. A B I ordered.
"""),
("2023-02-06", "Nephrology Clinic Dictation", """
Nephrology clinic dictation, Feb 6 2023, Dr. Sunniva Halvorsen

Biopsy from the right shin shows calcify lacks is with calcified small vessels and
thrombosis comma A B I normal. Diagnosis discussed, she was tearful period. Risk factors:
in Sulan dependent diabetes, dialysis vintage six years, obesity with BMI thirty five
point two, phosphorus poorly controlled. Never on warfarin. Start sodium thigh of sulfate
three times weekly with treatments, binder switched to lanthanum, cinacalcet increased.
Continue insulin in the abdomen as before. Wound clinic weekly.
"""),
]}

P06 = {"patient_id": "P06", "age": 76, "sex": "F", "notes": [
("2020-06-02", "Discharge Summary", """
DISCHARGE SUMMARY -- dictated by hospitalist Oksana Vellacott, MD
Admit 05/26/2020  Discharge 06/02/2020

Seventy six year old woman with E S R D on hemo dialysis, paroxysmal atrial fibrillation on
warfarin, not diabetic, admitted after a fall with a left femoral neck fracture. Left hip
hemi arthroplasty on May twenty seventh. Warfarin held for surgery. D V T prophylaxis was
subcutaneous heparin into the abdominal wall twice a day from May twenty eighth through
discharge. Dialysis continued on her Monday Wednesday Friday schedule. Going home with home
health. Warfarin restarted at five milligrams; she will bridge with enoxaparin thirty
milligrams daily, renally dosed, until the I N R is in range, daughter taught to inject.
BMI thirty one point two.
"""),
("2020-06-15", "Home Health Nursing Visit", """
HOME HEALTH SKILLED NURSING VISIT, voice note, 6/15/2020

Patient up in her recliner, alert and chatty. Daughter has been giving the love knocks
(enoxaparin) thirty milligrams under the skin once daily since June third, into the belly,
alternating right and left lower abdomen per teaching, and keeps a log on the fridge. Left
hip incision clean and dry, staples out last week. I N R today one point nine, result
phoned to the anticoagulation clinic. Walking with the walker in the house. Next visit
Thursday.
"""),
("2020-07-10", "Nephrology Clinic Dictation", """
Nephrology office visit dictation. July 10th 2020.

Seventy six year old on hemo dialysis seen for new severe skin pain of the abdomen. Two weeks
ago or so she became aware of tender hard areas in both the right lower and left lower
abdomen, now violaceous
with net like purpura and a small central black patch on the left. They are in the same
areas where she had the heparin in hospital and then the love knocks shots at home. I N R
two point eight while on warfarin period Calciphylaxis strongly suspected comma warfarin
held today,
bridging shots stopped, dermatology biopsy requested. BMI thirty point nine.
"""),
("2020-07-21", "Dermatology Dictation", """
Dermatology consult -- dictation -- 21/07/2020

Punch biopsy of the left lower quadrant plaque done on the fourteenth colon septal and
lobular calcification, calcified and thrombosed subcutaneous micro vessels comma
consistent with calciphylaxis. The right lower quadrant plaque looks identical clinically.
Warfarin stopped for good, cardiology switching her to apixaban. Sodium thiosulfate to
start with dialysis. Belly is off limits for any more shots. Hydromorphone
before runs for pain.
Exam today colon right lower quadrant plaque five centimeters comma left lower
quadrant six centimeters with a two centimeter black eschar, no drainage, no cellulitis.
Left hip incision healed. Follow up one week.
Electronically signed after dictation -- Dr. Ingrid Saltonstall -- homophones may remain
"""),
]}

P07 = {"patient_id": "P07", "age": 69, "sex": "M", "notes": [
("2018-10-05", "Hemodialysis Treatment Record", """
HEMODIALYSIS TREATMENT RECORD -- nurse dictation -- Friday October 5 2018

Sixty nine year old man, E S R D secondary to hypertension, type two diabetes controlled
by diet alone, never on insulin. Right forearm fistula cannulated, good flow. Flu vaccine zero
point five milliliters I M given into the left deltoid chairside today, lot number in the
vaccine log. Pneumococcal vaccine given at the same visit into the right deltoid. Tolerated
both, no reaction at thirty minutes. Pre weight eighty four point one kilograms. Blood
pressure one sixty two over eighty eight on arrival comma repeat one forty eight over
eighty.
"""),
("2018-12-04", "Dermatology Consult Dictation", """
DERM CONSULT dictated Dec. 4, 2018, speech recognition, unedited

Chief complaint colon painful spot on the left arm.
He first felt a firm tender knot at the lateral left upper arm around Thanksgiving
and it has slowly grown, now five by four cm, indurated comma retiform purpura comma thin
gray black crust centrally. He points to it as the exact
spot where the dialysis nurse gave his flu shot in October. The right arm where the
pneumonia shot went is normal. Coumadin in twenty twelve for a leg clot, stopped after six
months. Differential colon calciphylaxis versus a deep injection site reaction or abscess.
Two punch biopsies taken, bedside ultrasound shows no collection.
"""),
("2018-12-14", "Dermatology Follow-up Dictation", """
Dermatology follow up, 12/14/2018, dictated.

Both biopsies from the left upper arm colon calcified media in small arterioles down
in the fat lobules comma clotted lumens comma fat necrosis semicolon special stains
negative for organisms.
Final diagnosis calcific uremic arteriolopathy period. Spoke with nephrology, sodium
thiosulfate ordered with each run, calcium binders stopped. BMI twenty six point three; he
is not obese. Return two weeks new paragraph wound nurse teaching done today.
Plaque unchanged since last week, crust dry, no drainage. Pain controlled with
acetaminophen and gabapentin dosed after dialysis. Diabetes still diet only period
Dictated, not yet reviewed by Dr. Hollis Amadi-Verne.
"""),
]}

PATIENTS = [P01, P02, P03, P04, P05, P06, P07]
