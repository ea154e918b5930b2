"""probe160 corpus notes, A01-A07 (integrative medicine, acupuncture, chiropractic, massage and the
clinics around them; all people, places and wording invented)."""

A01 = {"patient_id": "A01", "age": 61, "sex": "F", "notes": [
("2019-09-04", "Integrative Oncology Consult", """
INTEGRATIVE ONCOLOGY - NEW PATIENT CONSULT
Halloway Cancer Wellness Center | Ines Marchetti, MD (Internal Med, ABOIM)

CC: "I want something for my energy now that chemo is done."
HPI: 61F w/ stage IIB sigmoid adenocarcinoma s/p sigmoidectomy Mar 2019 and adjuvant
CAPOX (last cycle 8/2019), asking about mistletoe therapy. Fatigue 7/10, appetite poor,
sleeping 5 hrs.
PMH: ESRD (IgA nephropathy), chronic in-center HD on a Tu/Thu/Sat chair, R upper-arm PTFE
graft; paroxysmal AF on warfarin (anticoag clinic, INR goal 2-3); HTN; secondary
hyperparathyroidism. No diabetes.
Meds: warfarin 3 mg qd, Ca acetate 667mg TIDAC, cinacalcet 30mg daily, midodrine pre-HD,
metoprolol tartrate 25 BID.
Exam: BP 132/78, HR 74 irregular, T 36.7. Weight 86.9 kg; BMI 32.1. Abd soft, well-healed lower
midline scar. Skin survey trunk/legs: clean, nothing purpuric or nodular.
A/P:
1. Cancer-related fatigue -> start Viscum album (ash-tree host) SC three times weekly,
   escalating series 0.02 mg -> 0.2 mg. First dose given today 09/04/2019 by RN Pruitt into the
   L lower quadrant, about 4 cm lateral to the umbilicus. Pt taught self-injection, to rotate
   spots within the lower abdomen. Expect local redness under 5 cm; call if bigger or painful.
2. Spoke w/ nephrology, no dose change needed for HD.
F/u 6 wks.
"""),
("2019-10-22", "Integrative Oncology Nurse Visit", """
NURSE VISIT - Halloway Cancer Wellness
Reason for visit: painful area at injection spots

Pt phoned triage 10/21, seen today. States she first noticed a "hot, hard, purple spot" on her
L lower belly on 10/14/19, close to where she gives herself the mistletoe shots. Assumed it was
the expected reacton at first, but pain is now 9/10, worse rolling onto her L side at night,
no relief w/ APAP. Has skipped the last 2 doses on her own.
VS: BP 128/70, P 80, T 37.0, SpO2 97% RA.
Skin: L lower abdomen - 6x4.5 cm hard, violet-hued plaque edged by a netlike purple margin and a
dime-size dusky grey center, she pulls away from even a feather-light touch; not boggy,
nothing weeping. Older pinpoint injection marks scattered across both lower quadrants,
nontender.
Last INR 2.8 (10/18). Calcium 9.6 | PO4 7.1 (H) | iPTH 612.
Reviewed w/ Dr Marchetti at chairside: far beyond an ordinary local reaction. HOLD Viscum.
Derm referral sent same week, Dr. Osei (nephrology) notified by phone. Photo uploaded to media
tab.
-- Jolene Pruitt RN, OCN
"""),
("2019-10-30", "Dermatology Consult", """
DERMATOLOGY OUTPATIENT CONSULT
Referring: I. Marchetti MD, integrative oncology

61 yo woman, hemodialysis-dependent; tender L lower abdominal plaque, there since
10/14/2019, after about six weeks of thrice-weekly subcutaneous mistletoe (Viscum album)
injections into the lower abdomen.
4-mm punch, plaque margin, obtained in our office 10/25: small vessels of the subcutis are
crusted with calcium, several are thrombosed, septal fat is necrotic; von Kossa highlights it.
No vasculitis, special stains negative for organisms.
Exam today: L infraumbilical plaque has grown to 7x5 cm; a 1.5-cm black crust sits
centrally, ringed by branching purpura. RLQ skin clear.
Impression: Calciphylaxis (calcific uremic arteriolopathy), biopsy-proven, arising at her
mistletoe injection sites of the LLQ.
Contributing factors: warfarin, high phosphorus, obesity (BMI 31.8 today), female sex.
Plan:
- no further Viscum injections, ever
- IV sodium thiosulfate 25g during every dialysis run (nephrology to order)
- cardiology e-consult: OK to trade warfarin for apixaban?
- wound clinic referral; leave eschar dry and intact for now, no sharp debridement
- analgesia per nephrology/palliative
Back in 3 wks (sooner with fever or spread).
"""),
]}

A02 = {"patient_id": "A02", "age": 68, "sex": "M", "notes": [
("2022-11-03", "Acupuncture Initial Treatment", """
EASTGATE COMMUNITY ACUPUNCTURE
Intake + Tx #1     Marcus Lindqvist, L.Ac., Dipl. O.M. (NCCAOM)

Pt: 68 y/o M sent by his PCP for chronic low back pain x 4 yrs, dull ache, worse in cold weather
and on the evenings after dialysis. Pain 6/10. No leg sx, no bowel/bladder change.
Hx: ESRD on hemodialysis MWF (R forearm AVF), DM2 for two decades on insulin glargine 18u
qHS, HTN, CAD w/ stent 2017. Only ASA 81, no other blood thinners. Wt 82.3 kg, BMI 28.4 per
dialysis unit.
Tongue: pale, puffy, scalloped, thin white coat.  Pulse: deep, weak, worst in the chi positions.
TCM dx: Kidney yang deficiency w/ cold-damp obstruction of the lumbar region.
Tx principle: warm Kidney yang, expel cold, move qi and blood in the low back.
Points (prone): BL23, BL25, BL40, GV4, Yaoyan bilat; KI3 bilat. 0.22x40 mm needles, clean
needle technique, de qi obtained, retained 25 min.
Moxa: indirect pole moxa held over BL23 and the lumbar paraspinals on both sides x 10 min;
pt reports pleasant warmth, skin pink after, no blistering.
Advised: keep back covered & warm, no ice on it.
Plan: weekly needles + moxa x 8 tx then reassess.
No adverse events.
"""),
("2022-12-06", "Acupuncture Follow-up", """
EASTGATE COMMUNITY ACUPUNCTURE - Tx #5

S: Back pain "somewhat better", 4/10. However since Thanksgiving he has had a dark, sore patch
on the L low back "right where you do the warm stick". Wife spotted it first. Sharp pain
there 7/10, keeps him up. Missed the 12/1 appt because his HD shift was moved.
O: L lumbar paraspinal skin about 3 cm lateral to the L2-L3 spinous processes (BL23 area):
3.5x2.5 cm purple-black patch, mottled lacy edge, firm, flinches at light touch. No blister,
no drainage. R side of back normal.
A: Does not look like moxa overheating to me (no blister, pt always said the warmth felt fine).
Concerning, outside my scope.
P: NO moxa and no needling on the back today. Distal points only: LI4, ST36, KI3 bilat x 20 min.
Phoned his nephrology office, spoke with RN Callahan; he will be evaluated on the dialysis floor
tomorrow. Moxibustion suspended indefinitely.
-- M. Lindqvist LAc
"""),
("2022-12-14", "Nephrology HD Rounding Note", """
NEPHROLOGY - HD ROUNDS, Riverbend Dialysis, chair 11
68M, diabetic ESKD, HD 3x weekly (M-W-F). Seen chairside.

Interval: L low back lesion first noticed Thanksgiving Day (11/24/22). Derm (Dr. Farrow) saw
him 12/8, punch bx 12/9 -> calciphylaxis (arteriolar medial calcification, von Kossa +).
The lesion overlies the exact spot where his acupuncturist has applied weekly moxibustion heat
since 11/3/22; thermal injury likely served as the local trigger.
Now 4x3 cm w/ central eschar, pain 7/10, PO hydromorphone 1mg up to q6h taking the edge off.
Labs 12/12: Ca 9.9, PO4 6.4, iPTH 870  Alb 3.3  Hgb 10.2.  spKt/V 1.31.
Post wt 81.6 kg, BMI=28.1.
Meds: insulin glargine 16u qHS, lispro sliding scale, sevelamer 1600 mg TID, ASA 81, atorva 40.
Plan:
- STS 25g IV, infuse during the last hour on the machine
- raise sevelamer, add cinacalcet 30 mg daily
- dialysate Ca 2.0
- keep all heat sources off his skin; acupuncture OK for distal points only
- wound RN weekly, derm f/u 3 wks
"""),
]}

A03 = {"patient_id": "A03", "age": 57, "sex": "F", "notes": [
("2020-06-23", "Chiropractic Daily Note", """
KESTREL SPINE & WELLNESS - CHIROPRACTIC SOAP
Visit 4 of 12       Reuben Achterberg, DC

S: Pt reports L-sided low back / SI pain 5/10 (7/10 at intake), ODI 38%. Sleeping beter.
Wears the pelvic SI compression belt we fitted her with earlier in June every day, morning to
bedtime; the buckle/Velcro closure sits over her L hip and she says she cinches it "nice and
tight" for support.
PMH per intake: ESRD, does PD overnight on a cycler, diet-controlled DM2, HTN.
Body mass index 37.5 kg/m2.
O: Standing: L iliac crest high. L SI fixation on motion palpation, Gillet +. Kemp's neg bilat.
FABER + on L for SI pain. SLR neg.
Palp: hypertonic L QL and L glute med, TTP.
Listings: L PI ilium, L5 PR.
Tx: Activator adjustments L ilium and L5 (low-force only d/t renal bone disease, no HVLA).
Instrument-assisted soft tissue work L QL, light pressure. Stayed clear of the PD catheter
(R lower abd).
A: SI dysfunction improving as expected.
P: cont 2x/wk x 3 wks. Keep wearing SI belt daily. HEP: supine pelvic tilts, clamshells 2x10.
CPT 98940, 97140.
"""),
("2020-08-21", "Home Dialysis Clinic Note", """
HOME DIALYSIS PROGRAM - PD MONTHLY REVIEW

57F on CCPD x 2 yrs (ESRD from FSGS), type 2 DM managed w/ diet, HTN.
New c/o: painful spot on the outer L hip, first seen by her about 10 days ago; now feels
"like a burn" and wakes her at night. Afebrile at home. Denies falling or bumping into anything.
Exam: BP 146/88. Wt 101.4 kg (Body mass index 37.9 kg/m2). Catheter exit (R lower abd) dry,
no crust. Lateral L hip at the greater trochanter: 4x3 cm stellate violaceous patch with
retiform border and small central black eschar; indurated rim; very tender.
Adequacy: Kt/V (weekly) 1.9; residual urine roughly 300 mL daily.
Chem: Ca 10.1 H; PO4 6.8; intact PTH 540; alb 3.0 low.
A/P:
1. New L hip lesion - concern for calciphylaxis; ddx vasculitis, pressure injury. Urgent derm
   for biopsy. Calcium carbonate discontinued; sevelamer 800 mg with meals in its place.
2. PD: continue current prescription, no changes.
3. DM on diet only: HbA1c 6.4%, no agents.
Not on warfarin.
"""),
("2020-09-02", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE

Reason: L hip lesion, ?calciphylaxis, PD patient. Seen w/ her husband.
Hx: onset in mid-August, progressively painful. No prior similar lesions.
Punch biopsy (8/26/20, margin of the L lateral hip lesion):
calcified arteriolar walls in dermis and subcutis, fibrin plugging lumens,
fat necrosis nearby. VK stain + for calcium; vasculitis absent.
Exam: trochanteric area of the L lateral hip: 5x3.5 cm eschar, violet branching rim;
abdomen, thighs and buttocks otherwise clear.
Dx: L lateral hip calciphylaxis, histologically confirmed.
Plan:
- thiosulfate infusions (25g) M/W/F at the outpatient infusion suite (she is on PD, no HD
  access), nephrology placing the order
- dressing: alginate under foam, swap q48h
- pain: gabapentin 100 qHS, tramadol 50 prn
- f/u 2 wks, then monthly
Aliyah Brennecke, MD, Dermatology
"""),
]}

A04 = {"patient_id": "A04", "age": 66, "sex": "F", "notes": [
("2017-05-09", "Integrative Oncology Acupuncture Consult", """
INTEGRATIVE MEDICINE - ACUPUNCTURE CONSULT
Oncology Support Program, Saint Aldric Breast Center, 3rd fl

66 y.o. woman, L breast IDC pT1c N0, ER/PR+, HER2 neg. L lumpectomy with sentinel node
biopsy on 04/11/2017 (Dr. Vasquez-Harlow). Anastrozole started 4/28. Referred for hot flashes
and to help prevent AI-related joint aches. RT planning on hold pending nephrology input.
PMH: ESRD w/ R forearm fistula, dialyzed Mon/Wed/Fri; HTN; gout; left leg DVT in 2015, took
warfarin for half a year, since stopped. Not diabetic.
Vitals: 138/76, HR 72, afebrile.  Wt 80.1 kg  Ht 163.4 cm  BMI 30.0 (obesity, class 1).
Inspection: L breast upper outer quadrant lumpectomy incision 5 cm, closed, fading yellow
bruising around it, no redness. L axillary incision healed.
Tongue: red tip, thin coat. Pulse: wiry, slightly rapid.
Pattern: Liver qi stagnation w/ yin deficiency heat.
Tx: LI4, LV3, SP6, KI7, HT6, ear Shen Men. Left arm spared (lymphedema precaution),
right arm spared (fistula); none on the chest. 0.20 mm needles, 20 min. Tolerated well.
Plan: weekly x 6, track hot flash diary.
"""),
("2017-08-01", "Breast Surgery Follow-up", """
BREAST SURGICAL ONCOLOGY - FOLLOW UP

Seen today for a new complaint: intense pain plus a hard "purple bruise-looking" area along her
L lumpectomy scar that began mid-July. Denies bumping or injuring the breast. No fever. Remains
on anastrozole, doing acupuncture weekly for hot flashes.
Exam: L breast UOQ: 6x3 cm indurated violaceous plaque running along and around the
lumpectomy scar, mottled livedoid rim, two small necrotic foci at the lateral end. No separate
mass, nipple normal, no axillary adenopathy. R breast normal.
DDx: fat necrosis; early recurrence (unlikely this soon); radiation change is not possible as
she has NOT had RT; calciphylaxis given ESRD on HD.
Procedure: two punches, 4mm, at the plaque border after 1% lidocaine, hemostasis with
pressure, pt tolerated well.
Diagnostic mammogram + US L breast ordered.
Will call with path.  -- E. Vasquez-Harlow, MD
"""),
("2017-08-10", "Dermatology Consult", """
DERMATOLOGY CONSULT (requested by breast surgery)

Path from 8/1 punches: calcium lining tiny subcutaneous vessels, clot in several, lobular
fat necrosis; von Kossa reactive; no carcinoma seen. Imaging 8/4: postsurgical change only.
66F ESRD on HD, former warfarin (2015), BMI ~30.
Exam: L breast plaque 7x3.5 cm, now with eschar over the scar's lateral portion;
skin elsewhere clear incl. abdomen and thighs.
Assessment: calciphylaxis of the left breast, biopsy-proven, localized to the 04/11/17
lumpectomy incision - the lesion formed in the surgical scar (a Koebner-type localization).
Plan:
- coordinate w/ nephrology: thiosulfate IV at dialysis, change to a non-calcium binder,
  review vit D
- hold radiation planning until wound settles; rad onc aware
- gentle wound care only, petrolatum gauze, no compression bra
- acupuncture may continue but no needles on the chest wall
RTC 2 wks.
"""),
]}

A05 = {"patient_id": "A05", "age": 72, "sex": "M", "notes": [
("2022-12-12", "Chiropractic New Patient Exam", """
LANTERN HILL CHIROPRACTIC - NEW PATIENT EXAM
Dr. Sunniva Okafor, DC

CC: neck stiffness and upper back ache x 3 mo, worse turning head to the L when driving.
NDI 28%. Pain 5/10.
Hx: 72 y/o M. Kidney failure, in-center HD three mornings a week (L arm AVF), DM2 managed
with linagliptin 5 mg daily, never on insulin, HTN, osteopenia. Retired machinist. No
anticoagulants. Ht 5'9", Wt 175 lb, BMI 26.0.
Exam: forward head posture, rounded shoulders. Cervical AROM: rot L 50 deg, R 65 deg; ext
limited 50%. Spurling's neg bilat. Cervical distraction relieves. Hypertonic upper traps and
levator scapulae L>R. Thoracic hypomobility T3-T6.
Radiographs (outside, 11/2022): multilevel DDD C5-C7, no instability.
Dx: cervicalgia; segmental dysfunction cervical + thoracic; myofascial pain.
Tx today: cervical mobilization grade II-III (no HVLA given age and vascular hx), thoracic drop
table T4-T5, pin-and-stretch L levator.
Plan: 2x/wk x 4 wks; HEP chin tucks, doorway pec stretch.
CPT 99203, 98940, 97140.
"""),
("2023-01-09", "Chiropractic Daily Note", """
LANTERN HILL CHIROPRACTIC - DAILY SOAP   visit #6

S: Neck 3/10, turning head better when backing out of the driveway. Pt also reports that on the
morning after New Year's Day, stepping down off the adjusting table at the end of that visit, he
banged his R shin, front side, into the metal foot pedal. Incident report completed by front
desk that day.
O: R anterior shin, mid third: superficial abrasion ~2x1 cm, dry scab, surrounding skin
slightly pink, no warmth, no drainage. Cervical rot L now 60 deg.
Tx: cervical mobilization, thoracic drop T4-T6, STM upper traps. Table lowered fully before pt
got off; step stool moved away from the pedal.
A: Cervical sx improving. Shin abrasion healing, looks clean.
P: pt to wash daily, bandage, watch for redness; advised to show it to dialysis nurses given DM.
Continue 2x/wk.
"""),
("2023-01-27", "ED Provider Note", """
EMERGENCY DEPARTMENT PROVIDER NOTE

CC: painful black sore on R leg
HPI: 72M w/ ESRD on HD (last run today), DM2, HTN, presents w/ worsening pain and a
darkened patch on his R anterior shin, which he first saw on 1/20/23, now blackened centrally
and so painful he cannot tolerate socks. He is not sure whether he hurt it there. No fever at
home. Remaining ROS negative.
PE: T 37.4  HR 88  BP 152/80  RR 16  SpO2 96%.
R anterior shin (middle third) - 3x2.5 cm ulcer w/ a firmly adherent black eschar;
surrounding violaceous netlike discoloration ~6 cm, exquisitely tender, mild warmth, no
crepitus. DP pulses faint bilat, feet cool. L leg without lesions.
Labs: WBC 9.8 | CRP 41 | lactate 1.4 | phos 6.9 high | Ca 9.7 | glucose 188.
XR R tib/fib: no gas, no osteomyelitic change; vascular calcification noted.
MDM: ddx cellulitis w/ necrosis vs calciphylaxis vs arterial ulcer.
Plan: admit medicine, vanc dosed for HD, ABI, derm + vascular consults.
"""),
("2023-02-03", "Dermatology Inpatient Consult Follow-up", """
DERMATOLOGY FOLLOW UP - INPATIENT, 6 West

Punch bx 1/30 (R shin lesion edge): small subcutaneous arterioles show calcified media,
thickened intima and thrombi; calcium granules loose within fat lobules; VK +.
Tissue culture: negative. ABIs R 0.90, L 0.95 (probably falsely high), TBI reduced.
Impression: calciphylaxis of the R mid anterior shin, biopsy proven. The cellulitis concern has
settled (afebrile, CRP down to 18), vanc stopped 2/1.
Wt today 77.4 kg, BMI 25.4.
Recs:
1. sodium thiosulfate 25g at every dialysis session, begun 1/31
2. gentle wound care: hydrogel to eschar edges, nonadherent dressing, no compression wraps
3. avoid calcium binders / vit D analogs per nephrology
4. analgesia: hydromorphone in small doses; gabapentin 100 mg after dialysis
5. outpatient derm + wound clinic in 2 wks
"""),
]}

A06 = {"patient_id": "A06", "age": 59, "sex": "F", "notes": [
("2024-09-10", "Acupuncture / Apitherapy Treatment Note", """
WILLOWMERE HOLISTIC ACUPUNCTURE - TREATMENT NOTE
Priya Dandekar, L.Ac.

Pt 59F, lateral thigh/ITB pain both sides + knee OA. Has recieved bee venom acupuncture weekly
since this past spring: purified honeybee venom diluted 1:3000, 0.05 mL intradermal per point by
30 G syringe at GB31 and 3-4 ashi points along each lateral thigh. Skin test negative, epi pen
in office.
Today: pt reports painful purplish blotches on BOTH outer thighs since Labor Day, worse every
day, "like deep bruises that burn". Also says her PD bags are going fine, sugars ok on insulin.
Exam: R lateral mid thigh ~5x4 cm violaceous mottled patch, firm, tender; L lateral thigh
~3x3 cm patch with a small dark center. No hives, no fever.
Assessment: not a typical bee venom reaction (those fade in 48-72h). Concerned.
Plan: NO bee venom today or until cleared by MD. Body acupuncture only, upper body points
(LI4, LI11, PC6) + ear. Pt agrees to see her kidney doctor this week; I faxed note.
"""),
("2024-09-18", "Nephrology PD Clinic Note", """
PD CLINIC - NEPHROLOGY
59F, kidney failure from diabetes, on APD 9 hrs nightly; DM2 on insulin (glargine 30u,
lispro w/ meals); HTN; morbid obesity. Never on warfarin.
Presents w/ painful lesions of both lateral thighs starting Labor Day 9/2/24. Has been getting
bee venom shots from her acupuncturist into those same outer-thigh areas since the spring.
Exam: BP 150/92, wt 112 kg, BMI (calc) 41.2.
R lateral thigh 6x5 cm branching purpura around a dusky necrotic core; L lateral thigh 4x3 cm,
central eschar 1 cm. Exquisitely tender. PD exit clean and dry.
Chem panel: Ca 9.4; PO4 7.8; iPTH 655; albumin 2.9; A1c 8.1.
A/P: strongly suspicious for calciphylaxis. Derm bx requested (done 9/20 per scheduling).
Stop calcitriol; switch binder to lanthanum; increase PD clearance; discuss STS.
"""),
("2024-10-01", "Dermatology Consult", """
DERMATOLOGY - CONSULT

Incisional biopsy 9/20/24, L lateral thigh: calcium rims around minute vessels in
the fat, thrombosis, fat necrosis, VK +. Vasculitis absent; no granulomas.
Exam 10/1: R lateral thigh 7x5 cm and L lateral thigh 5x4 cm necrotic plaques w/ retiform
borders; both thighs tender; no lesions on abdomen or calves.
Dx: calciphylaxis, bilateral lateral thighs, biopsy-proven. Distribution follows the sites of
her bee venom injections (GB31/ashi points on each lateral thigh), which began spring 2024 and
preceded onset on Labor Day.
Risk: PD, DM on insulin, BMI 41.2, hyperphosphatemia.
Plan:
- no further bee venom or other injections into thighs
- IV sodium thiosulfate 3x weekly via infusion center
- hyperbaric O2 referral
- wound RN: cadexomer iodine to eschar borders
- RTC 2 weeks
"""),
]}

A07 = {"patient_id": "A07", "age": 63, "sex": "M", "notes": [
("2018-02-13", "Naturopathic Follow-up Visit", """
CEDARLINE INTEGRATIVE HEALTH - NATUROPATHIC FOLLOW-UP
Tomasz Wierzbicki, ND

63 y/o male, HD MWF x 3 yrs (ESRD from polycystic kidneys), mechanical mitral valve, on
warfarin (cardiology manages his INR), HTN, gout. No diabetes.
Follow up for fatigue, constipation and "liver support". Since January he has done castor oil
packs every night: flannel soaked in castor oil laid over the liver area (R upper abdomen under
the ribs), plastic wrap, then an electric heating pad on medium on top, 45-60 min, frequently
dozes off with it still on.
Reports bowels a bit better, energy same.
Vitals: BP 142/84, HR 66, wt 108.2 kg, BMI 34.9 - obese.
Plan:
- continue castor oil pack nightly, timer on heating pad advised
- NO turmeric, fish oil >1 g, ginkgo or high-dose vit E (warfarin interactions) - reviewed again
- no magnesium or potassium supplements (ESRD)
- psyllium 1 tsp daily w/ fluid allowance
- recheck 6 wks
"""),
("2018-03-06", "Primary Care Acute Visit", """
PRIMARY CARE - ACUTE VISIT (same day)

63M - ESRD (dialysis), mechanical MV w/ warfarin, obese.
CC: very painful dark patch on R side of belly. Started about 2 wks ago: first a sore
reddish-purple blotch, now black centrally; pain 8/10 and any touch makes it worse.
Exam: afebrile, BP 138/80. R upper quadrant just below the costal margin: 5x4 cm necrotic plaque
with surrounding lacy purpura and induration. No other skin lesions.
Point-of-care INR 3.4 (his target 2.5-3.5).
Dialysis labs 3/2: Ca 10.2 (H), phosphorus 7.4, PTH 910.
Assessment: necrotic skin lesion R abdominal wall; differential: necrosis from warfarin,
calciphylaxis, or a thermal burn. 
Plan: urgent derm (appt 3/9 for bx). Notify nephrology and cardiology re: warfarin. Wound
covered w/ nonadherent dressing. Oxycodone 2.5mg q6 hrs prn pain.
"""),
("2018-03-20", "Dermatology / Wound Consult", """
DERMATOLOGY & WOUND CONSULT

Bx 3/9 (R upper abdominal wall): subcutaneous arterioles, walls calcified; thrombi;
panniculitis w/ necrotic fat; von Kossa positive. Protein C/S activity normal.
Dx: calciphylaxis, R upper abdomen, biopsy-proven.
This plaque sits directly under where he has laid a heated castor oil pack every night since
January (heating pad on top); heat exposure at that exact site plausibly localized the lesion.
Exam: 6x4.5 cm eschar, margin with retiform purpura. BMI 34.6 today.
Risk factors: ESRD on HD, warfarin, obesity, hyperphosphatemia, elevated PTH.
Plan:
- stop castor oil packs and heating pad on the abdomen; informed his ND (Dr. Wierzbicki)
- thiosulfate at every dialysis, nephrology ordering
- cardiology: mechanical valve -> cannot stop anticoagulation; discuss LMWH bridge vs continue
- wound: leave eschar intact, gauze + ABD pad
- RTC 2 wks
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
