"""probe231 corpus notes, J01-J07 (geriatric medicine: falls and memory clinic, CGA, carers; all invented)."""

J01 = {"patient_id": "J01", "age": 81, "sex": "M", "notes": [
("2022-01-25", "Memory Clinic Follow-up", """
HARWELL MEMORY SERVICE - follow up
Seen with daughter Meredith (lives with him, main carer). Hx mostly from her.

Dx: mixed Alzheimer's / vascular dementia, moderate. ACE-III 71/100 (78 in July),
dropping on recall + verbal fluency. Got lost walking back from the newsagent twice
since Xmas. Mood ok, GDS 4/15, apetite fine.
Renal: ESRD, haemodialysis Tue/Thu/Sat at Stanmoor, sleeps through most sessions.
T2DM poorly controlled (HbA1c 74) - DSN started insulin glargine 10 units mane on
11/01/2022. Meredith does the pen every morning, always into his right thigh, outer aspect -
"he'd never let me jab his tummy".
AF on apixaban.
BMI 27.1 (wt 79.0 kg).

Plan: carry on with donepezil 5 mg (QTc fine); LPA forms given to Meredith; she will keep a
diary of insulin doses and CBGs; review 4/12.
"""),
("2022-03-01", "Haemodialysis Unit Nursing Review", """
Stanmoor Renal Unit - monthly nursing review (Tues twilight shift)
Settled on HD, 4 hrs via L brachiocephalic AVF, flows good, IDWG 2.1 kg.
Post-HD weight 78.4kg.
Bloods: K 5.3, PO4 2.08, adj Ca 2.46, PTH 61 pmol/L - on sevelamer and cinacalcet,
renal dietitian aware.
Diabetes: on glargine since January, daughter giving it at home, pre-dialysis BM 11.2.
Skin (monthly tool completed): no wounds, heels and sacrum intact, no pressure damage.
A bit muddled as the run began, reoriented easily, ate his sandwich.
Plan: continue current prescription, repeat phosphate next month, daughter to bring
the insulin diary to the next review.
"""),
("2022-04-19", "Renal Registrar Review", """
Renal SpR review on the unit
Asked to see re: painful patch on R thigh. Pt points at it - "burns like a nettle sting".
Onset: noticed by daughter 10 days ago, has spread since.
O/E: R lateral thigh - approx 7x5 cm, indurated, violaceous; net-like purpuric margin;
small dusky-black centre; exquisitely tender. No fluctuance. Afebrile.
Meredith says she has been injecting his glargine into precisely this spot each
morning.
Imp: ?calciphylaxis (ESRD, raised PO4/PTH, insulin site). DDx cellulitis, haematoma.
Plan: urgent derm referral for biopsy; low-dose oxycodone (caution - cognition);
stop calcium-containing binders; discuss sodium thiosulfate with Dr Abara.
"""),
("2022-05-03", "Dermatology Clinic Letter", """
Dermatology clinic letter - Dr I. Fenwright, consultant dermatologist

Dear Dr Abara,
Thank you for sending this 81 year old gentleman with dementia and ESRD on HD.
I biopsied (punch) the margin of the right lateral thigh plaque on 26/04/22; histology
shows calcified, partly thrombosed subcutaneous microvessels, consistent with
calciphylaxis. The lesion began on 9 April at the very site where his daughter has
injected his insulin glargine daily since January, so this looks like koebnerisation
at an injection site. Centrally there is now black eschar, about 2 cm.
Plan: the renal team will lead on sodium thiosulfate during dialysis; DN wound care;
future insulin doses to the abdomen, if he will tolerate it.
BMI today 26.5.
Yours sincerely
"""),
]}

J02 = {"patient_id": "J02", "age": 86, "sex": "F", "notes": [
("2023-11-21", "Falls Clinic Assessment", """
FALLS & SYNCOPE CLINIC - Brackenford Community Hospital
86F, lives alone in a bungalow, carers twice daily, pendant alarm. GP referral after 2 falls
at night on the way to the comode.
Falls hx: both unwitnessed, no LOC; one long lie, roughly 4 hours, before her carer arrived.
Night cramps in the L calf wake her, and since Bonfire Night she has taken a rubber hot water
bottle to bed and keeps it pressed against her left calf.
PMH: ESRD on APD overnight, AF - warfarin, last INR 2.6, OA knees, cataracts.
Not diabetic.
O/E: lying 138/76, standing at 3 min 112/70 (dizzy). TUG 19 s with frame. CFS 6.
BMI 31.4 (obese). Skin of L calf intact.
Plan: review antihypertensives with renal; OT for bedside commode and bed lever; advised a
cover on the bottle, never straight on bare skin; bone health - DEXA.
"""),
("2024-01-09", "PD Clinic Nurse Review", """
Peritoneal Dialysis clinic - nurse review
APD 5 cycles/night. Peritonitis-free; exit site clean, dry.
Main problem today: very sore "black spot" behind her left calf since Boxing Day, and
walking is worse. Her carer confirms it: since early November, the rubber bottle - filled from the kettle - has
sat against that calf in bed every night.
Examination - L posterior calf: 4x3 cm eschar (black), ringed by a firm purple retiform patch,
mottled brown staining beyond. Touching it: pain 9/10.
Wt 81.3 kg. Ca 2.55, PO4 1.94 on calcium acetate. INR 2.9.
D/w Dr Sallowe (renal): calciphylaxis is her worry. Derm referral (urgent), calcium acetate
stopped, hot water bottle taken away with her agreement.
"""),
("2024-01-23", "Dermatology Letter", """
Dermatology - urgent clinic
Dx: calciphylaxis, left posterior calf, confirmed on deep incisional biopsy 16.01.2024
(subcutaneous arterioles with medial calcification; fat necrosis).
History as per renal team: the lesion appeared on 26/12/2023, on skin she had been warming
nightly, hot water bottle pressed to it, since 5 November - we think the chronic heat injury localised the disease.
Warfarin stopped today, switched to apixaban with haematology's agreement.
BMI 30.9.
Plan: IV sodium thiosulfate (renal), analgesia, dressings with tissue viability; frailty team
aware - with the pain and bulky dressings she is at high risk of further falls.
"""),
]}

J03 = {"patient_id": "J03", "age": 90, "sex": "F", "notes": [
("2019-09-17", "Geriatric Falls Clinic", """
GERIATRIC FALLS CLINIC - Oak Hollow Senior Health
90 yo F here with son Dwight. Fell Fri 8/30/19 in the kitchen reaching for a cupboard,
landed on her R hip. ED: XR R hip/pelvis neg for fx. Large bruise over the R greater
trochanter since, now fading.
PMH: ESRD - HD MWF at Lakeside Dialysis, T2DM on linagliptin (no insulin), osteoporosis,
HTN. Took warfarin 2009-2011 for a DVT, none since.
Meds: 11 scheduled, anticholinergic burden score 3 (oxybutynin).
Exam: orthostatics neg. TUG 22 s w/ cane. 30-s chair stand: 4. Gait slow, wide based.
BMI 23.8.
Plan: hip protectors fitted today (padded briefs, pads sit over both hips) - wear all day.
D/C oxybutynin. PT for strength/balance. Vit D. Home safety eval.
"""),
("2019-11-26", "Dermatology Consult", """
Dermatology consult - outpatient
CC: painful dark area R hip
HPI: Son says the home aide noticed a tender dusky patch on her R outer hip 3 wks ago, right
where the bruise from her August fall was and under the hip protector pad - worn every day
since mid-Sept. Enlarging, now very painful at night.
Exam: R lateral hip - stellate necrotic plaque 6x4 cm, retiform purpura at margins.
Contralateral (L) hip: normal skin.
A/P: Likely calciphylaxis in an HD pt. DDx pressure injury, vasculitis, warfarin necrosis
(not on warfarin now). Margin sampled today, 4 mm punch. Stop wearing the R side pad.
"""),
("2019-12-10", "Nephrology Progress Note", """
Nephrology - HD rounding note
Bx 11/26 R hip returned: calciphylaxis - von Kossa pos vascular calcification w/ thrombosis.
Lesion sits at the R lateral hip where she landed on 8/30 and where the hip protector pad rests.
Sodium thiosulfate begun: 25 g IV during each HD session (3x/wk). Calcium carbonate stopped,
switched to lanthanum. Target phos < 5.5 mg/dL.
Wound team: moist dressing, no debridement for now.
Analgesia: APAP q8h, plus hydromorphone 0.5 mg PRN post-HD - watch sedation, falls.
Post-HD wt 57.9 kg.
Goals of care revisited with son: full treatment for now, DNR remains in place.
"""),
]}

J04 = {"patient_id": "J04", "age": 79, "sex": "M", "notes": [
("2024-02-27", "Falls and Syncope Clinic", """
Syncope/falls clinic - Dr P. Marchetti
79M, 4 falls in 6/12, two with brief loss of consciousness (wife saw him "go grey, then down").
Not clearly related to dialysis days. Tilt test inconclusive. ECG: sinus, 1st degree AV block.
Echo: prosthetic valve functioning normally.
PMH: ESRD - haemodialysis at Rushby Renal Unit, Mon/Wed/Fri; mechanical AVR 2011 so lifelong
warfarin, valve clinic keeps him between INR 2.5 and 3.5; gout. Not diabetic (HbA1c 38).
CFS 5. MMSE 28/30. No postural drop.
BMI 32.6 - obesity.
Impression: unexplained syncope, ?bradyarrhythmia.
Plan: implantable loop recorder - listed; warfarin to continue. DVLA guidance given, not to
drive meanwhile.
"""),
("2024-03-14", "Cardiology Procedure Note", """
Cardiac Day Unit - procedure note
Procedure: implantable loop recorder (ILR) insertion.
Indication: recurrent syncope with falls, cause not found.
Operator: Dr H. Quarrie.
Site: left parasternal, around the 4th intercostal space. 1 cm incision, device placed with
the insertion tool, R-wave 0.6 mV, good sensing. Wound closed with Steri-Strips plus a
dressing.
INR before procedure 2.8 - warfarin not interrupted.
Complications: none, minimal ooze.
Advice: keep dry for 5 days, home remote monitor set up by technician.
F/u: device clinic 3 months; falls clinic thereafter.
"""),
("2024-05-07", "Dermatology Clinic", """
Dermatology outpatients - review
Referred by the device clinic with a painful area around the loop recorder wound, L upper chest.
The wound healed nicely, but a fortnight ago it became sore and purple around the scar.
His wife thought infection; GP gave 7 days of flucloxacillin, no change.
Seen first on 30/04 when I took a punch biopsy - subcutaneous small vessels calcified,
von Kossa positive: calciphylaxis, koebnerised at the ILR incision.
O/E today: L parasternal chest - violaceous, indurated plaque (5x4 cm) centred on the healed
incision, 1 cm black crust, livedoid edge. Device not exposed.
Plan: renal team re sodium thiosulfate; cardiology to advise on anticoagulation (mechanical
valve, cannot simply stop warfarin). Wt 94.8 kg.
"""),
]}

J05 = {"patient_id": "J05", "age": 84, "sex": "F", "notes": [
("2021-02-09", "Home-Based Primary Care Geriatrics Visit", """
HOME-BASED PRIMARY CARE - geriatrics home visit, daughter Rosalind present
84 y/o F w/ ESKD (CKD 5); opted in 2019 for conservative kidney management - no dialysis.
T2DM on insulin (detemir + lispro pens, daughter sets the doses), AF on apixaban, MCI.
Interval hx: fell last Wed 2/3/21 - tripped on the hall rug, R shin hit
the coffee-table edge. Didn't go to ED.
Exam: R anterior shin bruise 8 x 5 cm, skin intact, no fluctuance. Walks w/ rollator,
TUG 24 s.
BMI 28.9.
Plan: rugs removed (daughter agrees), home PT, elevate leg, Tylenol 650 mg TID PRN, continue
apixaban after bleeding risk discussion. Call us if the shin changes.
"""),
("2021-03-02", "Telephone Encounter", """
Phone f/u with daughter Rosalind (HCP).
States the bruise on Mom's right shin "never really went away" and has turned dark, almost
black centrally; so tender that the aide isn't allowed to touch it. No fevers. Eating less.
BG log 140s-220s.
Photo sent via portal and reviewed: dusky purple patch approx 4 cm with a dark center.
Plan: earliest wound clinic slot 3/16 booked. Keep it covered; avoid heating pad, ice or
massage. With her ESKD, consider calciphylaxis - will flag to nephrology today.
"""),
("2021-03-16", "Wound Clinic", """
Outpatient Wound Care Center - initial
Wound #1: R anterior lower leg (shin).
History: fall 2/3/21 w/ bruise here; per daughter the skin "went black over the bruise"
about 3 weeks ago and has enlarged since. Pain 8/10.
Measurements: 4.2cm x 3.1cm, depth not assessable - 100% black eschar. Periwound: retiform
purpura extending 2 cm, indurated. No odor or drainage.
DP/PT dopplerable, ABI 0.9.
Procedure: punch biopsy, 4 mm, wound edge; path slip asks for von Kossa too.
Plan: hold sharp debridement pending pathology; eschar kept dry and painted with
povidone-iodine, non-adherent dressing. Nephrology aware.
"""),
("2021-03-30", "Nephrology CKD Clinic", """
Nephrology - CKD clinic f/u
84F, ESKD on conservative management; declines dialysis, reconfirmed today with daughter.
Path (3/16): calciphylaxis - subcutaneous arterioles calcified, intimal hyperplasia, thrombi. R shin, arose over the bruise from her 2/3 fall.
Labs: eGFR 8; corrected calcium 9.4; phosphorus 6.8; iPTH 412.
Plan: IV sodium thiosulfate hard to deliver w/o dialysis access - discussed, she prefers
not. Stop calcium-based binder, sevelamer + cinacalcet, pain control, wound care, palliative
care referral. Insulin doses cut back (eating less). BMI 28.4.
"""),
]}

J06 = {"patient_id": "J06", "age": 77, "sex": "F", "notes": [
("2020-06-30", "Memory Clinic Assessment", """
Memory assessment service - video consultation (COVID-19 arrangements)
77F, referred by GP with 18 months of forgetfulness; husband Leonard gives collateral:
repeats questions, loses keys, missed two PD bag changes last month.
MoCA (remote version) 22/30 - lost points on delayed recall and clock.
Bloods: B12 148 ng/L (low), folate and TFTs normal.
PMH: ESRD, on CAPD from 2017; T2DM managed by diet alone; obesity (BMI 36.0); HTN.
No anticoagulants.
Imp: MCI vs early dementia; B12 deficiency possibly contributing.
Plan: hydroxocobalamin 1 mg IM - loading course by the practice nurse then 3-monthly; CT
head; repeat MoCA face to face in 3 months.
"""),
("2020-09-08", "PD Clinic Review", """
CAPD clinic - Dr Y. Halloran
Seen with husband. Kt/V 1.8 - adequate. Exit site clean.
New: painful hard lump L upper arm. The B12 loading injections were all given into the left
upper arm by the practice nurse, first one 6th July, six doses over two weeks.
The lump came up mid-August; since then a purple net pattern round it and a small central
ulcer.
O/E: L lateral upper arm 5 cm firm tender subcutaneous plaque, livedo at edge, 8 mm ulcer.
PO4 1.9, adj Ca 2.48, PTH 70.
Imp: ?calciphylaxis at injection site vs abscess/haematoma.
Plan: urgent derm, USS of lump, stop calcium carbonate.
"""),
("2020-09-29", "Dermatology Letter", """
Dermatology - letter to GP, cc renal

Diagnosis: calciphylaxis, L upper arm, proven on incisional biopsy 15/09/2020
(calcium deposited in small subcutaneous vessel walls, lobular panniculitis).
Onset mid-August 2020 at the site of the IM hydroxocobalamin given from 6 July. Ultrasound
showed no collection.
Recommendations: further B12 orally (cyanocobalamin 1 mg daily) - please, no more IM doses
into either arm. Renal team are starting sodium thiosulfate, given in her PD bags.
Pain now 5/10 with regular paracetamol and low-dose oxycodone; husband doing the dressings
with DN support.
BMI 35.4.
"""),
]}

J07 = {"patient_id": "J07", "age": 88, "sex": "M", "notes": [
("2018-05-15", "Falls Clinic Review", """
FALLS CLINIC
88M, 3 falls since Jan, all outdoors in the garden. Wife Pearl attends.
L knee OA is the main limiter, knee gives way on him. Pearl says he keeps a gel cold pack
from the freezer on the front and inside of his left knee most evenings, has done since the
spring - "nothing else touches the pain".
PMH: ESRD - HD at Corvel Renal Unit (Tue/Thu/Sat); AF (warfarin stopped 2014 following a GI
bleed; off all anticoagulation since); BPH. Not diabetic.
O/E: small L knee effusion, crepitus, skin intact. TUG 17 s. BMI 29.6 (overweight).
Vision: needs new glasses.
Plan: physio; stick height adjusted; optician; consider an IA steroid injection into the L
knee - will discuss with ortho, not done today.
"""),
("2018-07-03", "HD Unit Medical Review", """
HD unit - consultant review
Severe pain inside the left knee. Blotchy purple area appeared in the first week of June;
centre black now. Still icing it most evenings, per wife.
O/E: medial L knee, 6x5 cm retiform violaceous plaque, eschar centrally (1.5 cm), very tender.
Bloods: PO4 2.3, Ca 2.6 on calcium acetate, PTH 95.
Imp: strongly suspect calciphylaxis; cold injury also considered.
Plan: stop calcium acetate; derm urgently for biopsy; no more cold pack; pain team.
NB the IA steroid injection into that knee is NOT to go ahead.
"""),
("2018-07-24", "Dermatology Clinic", """
Dermatology
Calciphylaxis of the medial left knee confirmed: punch biopsy 10/07/18 - arterioles in the
dermis and fat show medial calcification, some thrombosed.
It arose in June 2018 on skin cooled nightly with a freezer gel pack since spring 2018 - we
suspect the cold exposure was the local trigger (Koebner phenomenon).
Plan: sodium thiosulfate on dialysis (started 17/07), gentle wound care, no debridement.
Pearl educated on dressings and warning signs of infection.
Pain: regular paracetamol, oxycodone 1 mg PRN before dressing changes; renal pharmacist
has checked doses. He is walking less - falls team informed.
Weighed today 84.1 kg, BMI 29.2.
"""),
]}

PATIENTS = [J01, J02, J03, J04, J05, J06, J07]
