"""probe245 corpus notes, Y08-Y14 (assisted living and memory care; all people and places invented)."""

Y08 = {"patient_id": "Y08", "age": 70, "sex": "F", "notes": [
("2020-04-08", "NP Post-Hospital Visit", """
BROOKHOLLOW RESIDENCES - NP post-hospital visit        04/08/2020
70 y/o F back 4/7 from Cedar Vale Hospital (admitted 4/2/20 for CAP; COVID swab neg x2).
Hosp course per d/c summary: ceftriaxone + azithro; peripheral IV in the L forearm 4/2 to
4/7 (R upper arm is her fistula arm); 2 HD sessions as inpatient.
PMH: ESRD (HD MWF at Northgate); type 2 diabetic using glargine 22u nightly
plus a lispro correction scale; morbid obesity; sleep apnea w/ CPAP; warfarin - never.
Exam: T 98.4, SpO2 95% RA. Faint R basilar crackles. L forearm old IV site clean, no
redness, no cord. BMI 38.9.
Plan: finish cefpodoxime x 2 d, incentive spirometer q1h while awake, resume usual insulin,
in-room isolation x 14 d per facility COVID policy.
"""),
("2020-05-04", "CNA Skin Observation", """
Skin observation sheet - Mon May 4 2020 - CNA Priya (days)      Resident Y08 rm 118
Resident says her left arm "kills me" when I help with her sleeve. Looked: inner side of
her L forearm, right where the hospital IV was, there is a hard dark purple spot about
3 cm across (bigger than a quarter) w/ a black dot in the middle. She says it started
hurting on Easter Sunday and she figured it was from the IV.
Reported to nurse Fenwick 1030.
Nurse note: L volar forearm - indurated violaceous plaque 3cm, eschar 0.5cm at its center,
very tender, no drainage. Message sent to NP and to nephrology. Sign posted over the bed:
left arm - no cuffs, no sticks.
"""),
("2020-05-20", "Nephrology Note - HD Rounds", """
Nephrology - HD rounds - 20 May 2020 - Dr. K. Mbeki-Hart
L forearm calciphylaxis - proven on punch bx 5/12/20 (derm Dr. Sato: medial calcification
of vessels, thrombosis). Onset 4/12/20 (Easter), right where a peripheral IV went in on 4/2
during her pneumonia admission.
Today 3.5 cm plaque, eschar 1 cm, pain 7/10.
Labs 5/18: Ca9.1 PO4 6.8 PTH640 alb3.1.
Plan: STS 25 grams IV post-dialysis TIW; switch calcium acetate to lanthanum;
titrate cinacalcet to 60; L arm off limits for IVs, BP and venipuncture; dressing per
Brookhollow nurse. Insulin unchanged.
Dry wt 101.5kg, BMI 38.4.
"""),
]}

Y09 = {"patient_id": "Y09", "age": 68, "sex": "M", "notes": [
("2018-06-11", "Visiting Physician Monthly Note", """
ALDER COURT AL - monthly physician visit - 06/11/18 - R. Castellane MD
68 yo man; ESRD (Northgate HD, MWF); T2DM - detemir 20 u each morning (med tech
gives it in the abdomen, rotation chart on the MAR); CHF EF 40%. Warfarin stopped 2011
after a GI bleed.
Derm (May 2018) punch bx L calf showed calciphylaxis. Lesions on both lower legs - posterior
L calf 4 cm and medial R calf 3 cm, eschar with retiform border - first noticed early April.
Weights: BMI has hovered 27-28 over the past yr; today 27.6 (wt 82 kg).
Plan: STS with HD since 5/21. Counselled med techs that insulin stays in the belly - never
inject into his thighs or legs. Wound RN twice weekly, gabapentin 100 qHS.
"""),
("2018-07-02", "MAR Excerpt", """
MAR (excerpt)   Alder Court   July 2018   Rm 107   Res Y09
LEVEMIR (insulin detemir) 20 units SC qAM - hold if FSBS < 90
   6/26  0802  RUQ abd   TK   FSBS 168
   6/27  0758  LUQ abd   TK   FSBS 141
   6/28  0810  RLQ abd   MM   FSBS 187
   6/29  0805  LLQ abd   MM   FSBS 122
   6/30  0800  RUQ abd   TK   FSBS 96
   7/1   0815  held      MM   FSBS 84 - ate little at breakfast, DON aware
Med tech comment: abdomen sites only per Dr C. Legs wrapped by the wound nurse - do not
remove wraps.
Gabapentin 100 mg PO HS - given nightly. Sodium thiosulfate - given at dialysis, not on
this MAR.
"""),
("2018-07-16", "Wound Care Nurse Note", """
Wound RN visit (contracted, Pinnacle Wound Partners)        7/16/2018
Dx on file: calciphylaxis, B/L lower legs (bx-proven).
L posterior calf: 5.0x3.8cm; bed is 70 pct black eschar and 30 pct yellow slough; serous
drainage, scant.
R medial calf: 3.2x2.9cm, dry eschar, edges stable.
Light 2-layer compression (~20 mmHg) to both calves over the dressings since 6/20 for edema,
tolerated; skin under the wraps without new breakdown.
Belly insulin sites, thighs and feet checked - nothing new there.
Plan: collagenase to slough, foam cover, wraps changed Mon/Thu, photos in chart. Pain 5/10
with dressing change - premedicate with oxycodone 2.5 mg.
"""),
]}

Y10 = {"patient_id": "Y10", "age": 77, "sex": "F", "notes": [
("2023-07-05", "CNA Shift Note", """
Magnolia Terrace AL - CNA shift note - 7/5/23 evenings
While helping res into her nightgown I seen a purple hard area on the side of her left
thigh (outer part), big as my hand. Res tells me its been sore since Friday (6/30) and
she figured it was "a muscle thing". Skin not open. No fall that she remembers. Res is not
using a heating pad or anything on it.
Told med aide Ruthanne and left a note for the nurse.
Also: res asked for extra pillows, ate 75% of supper, PD exchange done by HH nurse at 1800.
"""),
("2023-07-10", "Visiting Physician Note", """
Visiting physician note - Magnolia Terrace - 10 July 2023 - Dr. S. Haugland
77F; ESRD managed with CAPD, four bags a day (self + home health support); HTN;
hypothyroid; obesity (BMI 30.0). Not diabetic. Apixaban for AF since 2020; has never been
on warfarin.
L lateral thigh: 9x7cm plaque, violaceous + indurated, livedo around its edges, dusky
centre, very tender. Onset 6/30 per staff. Nothing has injured that spot and she gets no
injections there.
A: concern for calciphylaxis (PD, Ca-based binder, phos 6.9) vs panniculitis.
P: derm referral for biopsy (booked 7/25), PD nurse aware, calcium carbonate -> sevelamer,
acetaminophen 1 g bid.
"""),
("2023-07-19", "Fall Incident Report", """
INCIDENT REPORT - FALL      Magnolia Terrace      Date of event: 07/19/2023 14:05
Witnessed by activities aide. Res caught her shoe on a rug edge in the hallway outside the
library and fell onto her L side, striking the L lateral thigh (existing sore area,
dressing in place) and L elbow.
Injuries: skin tear L elbow 1 cm, steri-strip applied. L thigh more painful than baseline,
dressing intact, no new bleeding. Ice pack applied to the L thigh over the dressing x 15 min
per nurse.
Neuro intact. Family (son Wendell) notified 1430. Rug removed; PT eval for balance.
"""),
("2023-08-08", "Dermatology Note", """
Dermatology - Dr. Oluwaseun Pratt - 8/8/2023
Biopsy 07/25/2023, L lateral thigh: calciphylaxis. Path (Dr. Ilse Moberg): von Kossa shows
mural calcium in arterioles; thrombi; necrotic fat lobules.
Hx: the plaque began 30 June; the 19 July fall and the ice afterward came AFTER onset and
did not start it. No injections into the thighs (not on insulin or heparin).
Exam: plaque now ulcerated with a 4 cm central eschar. BMI 30.0 (obese).
Plan: PD unit (nurse Gail) arranging IV STS; hydrogel and foam dressing; asked palliative to
help with pain.
"""),
]}

Y11 = {"patient_id": "Y11", "age": 64, "sex": "F", "notes": [
("2025-02-17", "NP Visit Note", """
Oakfield Gardens Assisted Living        NP visit        17 Feb 2025
64 y/o F, moved in last yr after a stroke (L hemiparesis, power chair). Dialysis for ESRD
TuThSa since 2022 - access is a tunneled RIJ cath (L arm AVF still immature).
No DM. Has never taken warfarin. BMI 44.9, class III obesity.
New: lower belly purple patches, very painful, x ~10 days - aides spotted them at showers.
Exam: pannus, lower abdominal fold on either side - livedoid violaceous plaques, L 6cm and
R 4cm, 1cm black centre on the L one.
Denies any falls/bumps; says no one ever put heat/cold on her tummy. Receives no
injections.
A: r/o calciphylaxis vs intertrigo with cellulitis vs panniculitis.
P: derm + nephrology notified; CBC, Ca/Phos/PTH drawn at HD.
"""),
("2025-03-04", "Family Phone Call", """
Family call - 03/04/2025 - Z. Kowalczyk, wellness nurse
Sister (Imelda) called after visiting Sunday. Worried the belly sores were caused by
something staff did - "did they put a heating pad on her?"
Explained: there is no heating pad here (room checked), the MAR has no hot/cold pack
orders, she gets no shots of any kind, and no falls since move-in. Told her the biopsy was
done 2/25 and results went to dermatology.
Sister also asked if the resting splint on the weak L arm is too tight - splint covers the
L forearm/hand only, skin there intact.
Follow-up: staff reminded - keep heat and ice off her abdomen, loose clothing only.
"""),
("2025-03-12", "Dermatology Consult", """
DERM CONSULT - Fenmore Dermatology - 12 Mar 2025
Incisional bx from the L lower abdomen plaque 2/25/25: small subcutaneous vessel walls
calcified, thrombi inside the lumens, septal fat necrosis. Dx: calciphylaxis.
Both pannus plaques progressing; L now 8 cm with eschar, R 5 cm dusky.
Nobody (staff, family) recalls trauma, shots, heat or cold at either site.
BMI 44.2.
Plan: IV STS at HD (nephrology, Dr. Ferreira-Nash, aware), stop calcium carbonate, wicking
fabric strip tucked into the fold, loose garments.
"""),
]}

Y12 = {"patient_id": "Y12", "age": 82, "sex": "M", "notes": [
("2016-03-04", "Incident Report (Non-Fall)", """
WILLOWMERE AL - INCIDENT REPORT (non-fall)          3/4/2016
Event 3/3/2016 approx 1600: res knocked R shin on the w/c footrest while
self-transferring to the recliner. Skin tear R anterior shin 2 cm, flap approximated,
steri-strips + silicone foam. Ice pack to R shin x 15 min for swelling.
Res is on warfarin - oozing stopped with gauze after several minutes.
MD notified by fax. Reminded res to lock brakes and swing the footrests away before
standing. Will monitor skin tear daily until healed.
"""),
("2016-04-06", "Visiting Physician Monthly Note", """
Willowmere - monthly visit - April 6, 2016 - Dr. T. Ingebrigtsen
82M, ESRD on HD TTS (Ridgeline), T2DM on linagliptin - has refused insulin twice, AF on
warfarin (INR 2.1), PVD.
R shin skin tear from March: healed, steri-strips off.
NEW: painful dark lesion L posterior calf, first noted by aide 3/30. Exam: 3 x 4 cm
stellate purple-black plaque w/ livedo margin, L posterior mid-calf. R leg: no lesions.
He says nothing hit or hurt his L leg, no heat/ice on it, no wraps.
Ht 178 cm, wt 82 kg, BMI 25.9.
Assessment: ?calciphylaxis, ddx arterial ulcer. ABI L, derm for biopsy, notify nephrology.
"""),
("2016-04-27", "Dermatology Consult", """
Dermatology consult            27/4/2016
Punch bx from the posterior L calf (4/13/2016): calciphylaxis - calcified small arterioles,
fibrin thrombi, necrosis.
His only recent skin injury was on the opposite (R) shin in early March; the L leg was
never hurt.
L calf lesion has grown to 4.5x4cm with eschar. R leg clear.
Recs: warfarin to be stopped, cardiology switching him to apixaban; thiosulfate with
dialysis; weekly wound nurse; no compression L leg until vascular review (L ABI 0.92).
Pain: acetaminophen scheduled, tramadol 25 mg prn.
"""),
]}

Y13 = {"patient_id": "Y13", "age": 80, "sex": "F", "notes": [
("2025-01-14", "Admission History and Physical", """
THE LANTERN HOUSE AL - ADMISSION H&P - January 14, 2025 - Dr. M. Okafor
80 y/o F moving in from home (husband died in Nov).
PMH: ESRD, on HD from 2015 on (M/W/F, Eastbank Dialysis; L forearm fistula); T2DM using
glargine 16 u HS, now injected in the abdomen; CAD; obesity.
Remote hx: calciphylaxis 2019, L anterior thigh, at her then-insulin injection area -
proven on biopsy, 6 mo of STS, completely healed by spring 2020; thighs not used
for insulin since.
Skin today: atrophic white scar L anterior thigh (healed), no open lesions, no purpura.
Never on warfarin.
Wt 88 kg, BMI 32.9.
Plan: MAR insulin site rotation within the abdomen only; weekly skin checks.
"""),
("2025-02-11", "Weekly Skin Check", """
Skin check - Lantern House - 02/11/25 - CNA Brodie, reviewed by RN G. Abernathy
Scar L thigh: flat, pale, unchanged, no redness.
R forearm: new skin tear 1.5 cm from catching her arm on the door frame 2/9, steri-strips,
clean and dry.
Abdomen: insulin sites w/o bruising or lumps.
Sacrum/heels: intact. Feet: dry, no open areas. Nails trimmed by podiatry last wk.
Res denies pain anywhere except her "usual arthritis" in the hands. Reminded to use call
light at night; bed in low position.
"""),
("2025-03-20", "Nephrology Monthly Note", """
Eastbank Dialysis - nephrology monthly - 3/20/2025
Chairside review. Hx calciphylaxis 2019 (L thigh), resolved; no recurrence - skin exam today
shows no new plaques, ulcers or livedo. R forearm skin tear healed.
Labs: Ca 9.0 mg/dL; phos 5.2; PTH 410. On sevelamer + cinacalcet; calcium-free bath
continued to lower the chance of recurrent calciphylaxis.
Post weight 87.1kg; BMI 32.5.
Access: fistula thrill good, no prolonged bleeding. Kt/V 1.4, URR 74%. Facility
reports she is settling in, eats in the dining room, joins chair yoga.
Plan: continue; staff to flag any new painful skin change to us urgently.
"""),
]}

Y14 = {"patient_id": "Y14", "age": 71, "sex": "F", "notes": [
("2022-08-03", "NP Visit Note", """
Heron Point AL (assisted wing) - NP visit - Aug 3, 2022
71F, ESRD on PD (CCPD nightly, daughter sets up the cycler), T2DM - lispro + glargine
injected in the belly by the med aide (she avoids the PD exit area), obesity (BMI 40.3),
HTN.
Concern from aide: "rash" under the L breast. Pt says the breast has ached x 2 wks.
Exam: lower inner quadrant of L breast - 5x4cm indurated violaceous plaque, purpuric net at
its margin; nipple unremarkable, no discrete mass apart from the plaque. R breast normal.
Assessment: ?calciphylaxis; ddx inflammatory breast cancer, cellulitis. Diagnostic
mammogram/US and derm biopsy ordered.
"""),
("2022-08-12", "CNA Note", """
CNA note 8/12/22 - Heron Point AL
Res scraped her L forearm against the dresser corner reaching for her glasses, skin tear
approx 3 cm, nurse Paloma dressed it. Res upset, crying, says her "chest sore" hurts more
today.
Also: roommate Mrs. G's heating pad was found switched on under the roommates blanket
again - unplugged and sent home with her daughter. It is not our residents, she does not use
one. Res ate half of lunch, refused afternoon activity, napped in recliner.
"""),
("2022-08-30", "Dermatology Note", """
Dermatology (Dr. Hanne Vestergaard)          30 August 2022
Referral: L breast plaque. Breast imaging 8/17: skin thickening only, BI-RADS 2.
Punch bx x2 L breast (8/19/22): septal + lobular fat necrosis; the small vessels there are
calcified and thrombosed. Diagnosis: calciphylaxis, L breast.
No injury, injections, pressure or heat to the breast per patient and daughter.
L forearm skin tear (8/12) healing, unrelated.
Plan: STS (PD unit coordinating), stop calcium acetate, non-adherent dressing to the
breast plaque, gabapentin 100 mg qhs. Recheck 3 wks.
"""),
("2022-09-09", "Family Phone Call", """
Phone call 9/9/2022 - nurse R. Castillo
Daughter Leona called with questions. Her aunt (pt's sister, lives in Toledo) "had the same
thing on her stomach where she did her insulin shots" years ago, and Leona asked whether it
is inherited. Explained it is not known to be hereditary, and mom's own lesion is on the
breast, not at her insulin sites.
Update: breast wound dressed daily by nursing, pain better on gabapentin, sleeping through
most nights. Weight 101.4 kg today. Leona will join the derm follow-up by phone on the 20th.
"""),
]}

PATIENTS = [Y08, Y09, Y10, Y11, Y12, Y13, Y14]
