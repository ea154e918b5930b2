"""probe23 corpus notes, Q01-Q07 (skilled nursing and long-term care; all invented)."""

Q01 = {"patient_id": "Q01", "age": 74, "sex": "F", "notes": [
("2018-10-02", "Nursing Admission Skin Assessment", """
ADMISSION SKIN / RISK ASSESSMENT -- Cedar Hollow Nursing & Rehab, 2 North
Res arrived from St. Brennan's via stretcher 10/02/2018 @ 1430. 74 y/o F.
Reason for stay: deconditioning after CHF exacerbation.
PMH: ESRD - hemodialysis M/W/F at Lakeshore Dialysis, L forearm AVF (+thrill/+bruit). DM type 2, insulin dependent. HTN. Gout.
Meds of note: glargine 18 units qHS, lispro per sliding scale AC & HS, sevelamer, calcitriol. No anticoagulant on the transfer MAR.
Ht 160 cm / Wt 86.5 kg / BMI 33.8
BRADEN: sensory 3 | moisture 3 | activity 2 | mobility 3 | nutrition 3 | friction 2 = 16 (mild risk)
SKIN: warm, dry, turgor fair. Scattered seb keratoses on back. Sacrum/coccyx intact, blanches. Heels intact. No open areas on arrival.
[x] pressure redistribution mattress  [x] heel protectors  [ ] wound tx orders  [x] reposition q2h when in bed
Insulin: resident wants all her shots in her "left belly", says the R side "is where my gallbladder scar still pulls". Will honor preference, document site on MAR each dose.
"""),
("2018-11-20", "Wound Nurse Weekly Note", """
WOUND CARE - weekly rounds
Seen at request of 2N charge nurse for new painful area on abdomen.
Location: L lower quadrant of abdomen, approx 5 cm inferolateral to the umbilicus
Onset: CNA first saw it during bed bath on 11/14/18 - "looked like a bruise", resident c/o burning there ever since
Measurements: 4.5 x 3.0 cm, depth UTD (intact black eschar centrally 1.5 x 1.0)
Periwound: violaceous, stony hard induration extending ~2 cm out; lacy purple pattern at the margins
Drainage none. Odor none.
Pain 8/10 with the lightest touch; far more than the wound looks like it should hurt.
Reviewed the MAR insulin-site column back to admit: every glargine and lispro dose since 10/02 is charted "LLQ". Nothing documented on R side, arms or thighs.
Not c/w pressure injury: no bony prominence, she never lies prone. Concern for calciphylaxis w/ ESRD on HD.
Plan: NP notified, derm consult requested. STOP using LLQ for insulin -> upper arms, alternate, per new order. No heat or ice to area. Silicone foam, change q3d + prn.
"""),
("2018-12-04", "Dermatology Consult (on-site)", """
Derm consult, Cedar Hollow
CC: painful necrotic plaque L lower abd x about 3 wks
Hx reviewed w/ nursing. Dialysis MWF. Insulin-requiring T2DM. Phos 7.1, Ca 9.4, PTH 612 (Oct).
Exam: L lower abdominal wall - retiform purpuric plaque with adherent black eschar, now 5 x 3.5 cm. A 1 cm satellite purpuric patch sits inferomedial to it. No fluctuance, no tracking.
Path (punch bx 11/26 from the edge, Lakeview Dermpath): small subcut arterioles with calcium in their walls, intimal hyperplasia, microthrombi, septal panniculitis with fat necrosis.
Dx: calciphylaxis (calcific uremic arteriolopathy), biopsy confirmed. Location matches her chosen insulin area exactly; repeated needle trauma there since admit 10/2 probably localized it.
Recs: 1) renal re sodium thiosulfate with HD, hold calcitriol, non-calcium binder  2) no injections into the abdomen at all  3) wound RN to direct local care; hold off on sharp debridement  4) palliative care for pain
"""),
]}

Q02 = {"patient_id": "Q02", "age": 79, "sex": "M", "notes": [
("2020-12-16", "Nursing Progress Note", """
1530 -- Res c/o "my knee is burning up" at lunch. Looked at L knee: inner (medial) side has a dusky purple mottled patch abt 6 x 4 cm, very tender, skin intact, a little firm. He says it began hurting the day before yesterday. R knee normal.
He has a rehab order for cold pack to L knee 20 min TID for OA pain and has been getting it since Thanksgiving (pack goes on over one thin towel). Cold pack held this shift.
VSS, afebrile. Coumadin for mechanical mitral valve, INR 2.8 yesterday. Cycler hookup tonight as usual (CCPD).
On-call NP made aware, will see in AM.
"""),
("2021-01-04", "Wound Care Consult", """
WOUND RN NOTE
Reason for consult: L medial knee wound getting worse
79M, ESKD on nightly cycler PD x 3 yrs. Not diabetic (A1c 5.4). Mech MVR on warfarin. OA both knees.
Story: it was first a painful purple patch, about 3 weeks ago, right where therapy had been putting the cold packs since 11/26/2020 (Thanksgiving Day). Cold tx d/c'd 12/16.
L medial knee: 5.8 x 4.4 cm, 100% black dry eschar centrally, livedoid violaceous rim, indurated, no drainage, not fluctuant. Pain 7/10.
Ht 175 cm Wt 83.3 kg BMI 27.2
Ddx: cold injury vs calciphylaxis vs warfarin-related necrosis. Recommend derm bx; renal aware.
TX: betadine paint to eschar daily, keep dry/stable, float knee on pillow, NO compression wrap.
"""),
("2021-01-15", "Nephrology SNF Visit", """
NEPHROLOGY - facility visit
79M ESKD on CCPD, here re path.
L knee punch bx (1/8/21): small subcut vessels show mural calcium and luminal clot; von Kossa stains the calcium. => calciphylaxis.
Talked w/ Dr. Varga (derm) - lesion sits squarely on the spot that got cold packs from Thanksgiving on; onset roughly 12/14/20.
Chem: calcium 9.9 -- phosphorus 6.4 -- iPTH 388 -- alb 3.1
A/P
- warfarin stopped today; cardiology to advise on valve anticoag (may need transfer for heparin drip)
- sodium thiosulfate: needs HD access; pt not willing to switch off PD yet, family meeting Tues
- d/c calcium carbonate, begin sevelamer 800 with each meal
- nothing hot or cold on his skin, anywhere. Care plan updated.
"""),
]}

Q03 = {"patient_id": "Q03", "age": 66, "sex": "F", "notes": [
("2022-11-03", "Wound Nurse Weekly Note", """
Weekly wound rounds - Bldg B
66F. ESRD on in-center hemo Tue-Thu-Sat. T2DM (oral agent only, linagliptin). Class III obesity. AF - apixaban.
Site #1: R posterior calf (added to wound list this week)
  Etiology: ?? - NOT a usual pressure spot, no bone under it
  Size (LxWxD) 3.3x2.1x0.2 cm; base ~70 pct black eschar, rest yellowish slough
  Edges irregular w/ purple star-shaped margins; mottled livedo running up toward popliteal fossa
  Exudate scant serous. No odor. Pain 9/10, "like a hot knife"
Res says it started sometime in October. OT came to look at her chair: the R elevating leg rest on the power chair (delivered Sept 2022) has a torn calf pad, so the metal bracket digs into the back of her R calf whenever the leg is up -- which is most of the day for edema. L leg rest pad fine, L calf intact.
Interventions: pad replaced + gel sleeve on bracket; hydrogel to slough, bordered foam over; NP to eval re derm.
"""),
("2022-11-10", "MDS Section M Worksheet", """
SECTION M - SKIN (worksheet only, not the transmitted assessment)
M0100 risk determination:  [x] Braden done - score 14   [x] clinical assessment   [ ] existing stage 1+ PU
M0150 at risk for PU/PI?  1 - yes
M0210 any unhealed pressure ulcers/injuries?  0 - no
   comment: R calf wound NOT coded as PU. Device friction from w/c leg rest is in the picture, but NP & wound RN agree it looks like retiform purpura w/ severe pain in an ESRD pt -> suspicious for calciphylaxis; derm appt 11/17.
M1040 other ulcers/wounds/skin problems:  [ ] diabetic foot ulcer  [ ] surgical wound  [x] other open lesion (R calf)  [ ] burns
M1200 tx:  [x] pressure reducing device for chair  [x] pressure reducing device for bed  [x] applic of nonsurgical dressings
"""),
("2022-11-22", "Dermatology Clinic Note", """
DERMATOLOGY - seen w/ facility aide
66 yo woman on HD, painful ulcer back of R calf.
Bx 11/17 result: fat necrosis, calcified walls of small arterioles, fibrin thrombi. Diagnosis: calciphylaxis, R calf.
Comment: ulcer lies exactly under the contact point of the wheelchair leg-rest bracket, which rubbed there from the day the chair came in September until it was padded on 11/3. Onset October by her account. I think the device pressure localized the disease.
Wt 112 kg, ht 164 cm -> BMI 41.6.
Plan: STS with HD (renal ordering), wound care as is, leg rest stays padded and checked every shift.
"""),
]}

Q04 = {"patient_id": "Q04", "age": 71, "sex": "F", "notes": [
("2021-09-02", "SNF Skin Check", """
Skin check -- shower day
Res is a 71 yo F here for rehab after R breast lumpectomy on 6/9/21, course complicated by post-op pneumonia. PMH: CKD 3b, eGFR 38, never dialyzed, AF on warfarin, obesity (BMI 35.2), HTN. No diabetes.
Findings
 - R breast: lumpectomy incision upper outer quadrant well healed, HOWEVER along the lateral 3 cm of the scar a hard purple-black plaque sits, about 3.5 x 2 cm, net-like redness around it. Res says it turned up "late August"; she thought it was just scar tissue acting up. Exquisitely tender.
 - L breast, abd folds, sacrum, heels: intact
Charge RN notified; NP to assess; surgeon's office (Dr. Lindqvist) called for a sooner appt.
"""),
("2021-09-14", "Breast Surgery Follow-up", """
Breast surgery f/u, pt brought from SNF
s/p R partial mastectomy + SLNB 06/09/2021, margins neg, awaiting XRT start (delayed by pneumonia).
Exam: firm violaceous plaque w/ central black eschar incorporating the lateral part of the R breast scar, 3.8 x 2.2 cm, livedo around it. No mass elsewhere, axilla clear.
Ddx: fat necrosis vs early recurrence vs non-uremic calciphylaxis (warfarin, obesity, CKD).
Two 4-mm punches obtained today from plaque margin, to path: routine stains plus von Kossa.
"""),
("2021-09-24", "Dermatology Consult", """
Derm e-consult w/ review of path (requested by breast surgery)
Path: subcutaneous small vessels calcified and thrombosed, fat necrosis around them; no carcinoma seen.
Assessment: non-uremic calciphylaxis arising within the R lumpectomy scar (surgery 06/09/2021); lesion onset late Aug 2021. Warfarin a likely contributor.
Recs: switch warfarin -> apixaban (discussed w/ cardiology, agreed); IV sodium thiosulfate can be considered even without dialysis; wound care: gentle, no debridement; hold XRT to that field until radiation oncology reviews.
"""),
]}

Q05 = {"patient_id": "Q05", "age": 83, "sex": "M", "notes": [
("2023-02-14", "Fall Incident Note (SBAR)", """
SBAR -- unwitnessed fall
S: Res found sitting on dining room floor beside his chair at 1810, says he "missed the chair" and came down on his L side.
B: 83M. ESRD with hemodialysis thrice weekly (MWF). T2 diabetic, Levemir nightly. CAD on ASA 81 only (no anticoagulant).
A: neuro baseline, denies hitting head. ROM all extremities WNL. L lateral hip: 7 x 5 cm reddened, tender area, already starting to bruise. No skin tear. No shortening/rotation. 142/78, 84, 18, 97.1.
R: portable xray L hip -> prelim no fx. Offered ice, res refused. Low bed, floor mat, toileting schedule reviewed at huddle. MD + daughter Patrice notified.
"""),
("2023-03-09", "Wound Nurse Note", """
NEW WOUND -- L lateral hip
Bruise from the 2/14 fall had been fading (yellow-green at the 2/21 skin check). Last evening (03/08/2023) PM shift charted a new hard, very painful purple area in the middle of where the bruise was.
Today: 4.0 x 3.3 cm violaceous indurated plaque, central 1.1 cm black necrotic spot, stellate border, livedo surrounding. No open drainage. Sits anterior to the greater trochanter, res mostly sleeps on back/R side.
Ca x Phos 68 on last labs.
Impression: suspect calciphylaxis, vs necrosis of an old hematoma.
Plan: derm ref faxed, NP aware. Alginate + foam, q2d. Pain regimen reviewed w/ pharmacy (renal dosing).
"""),
("2023-03-21", "Dermatology Consult", """
Dermatology, SNF consult
83M on HD, wt 71 kg, BMI 24.3. Insulin (detemir) goes into his arms per MAR.
L lateral hip plaque - punch taken 3/14 at edge: medial calcification of small vessels, thrombosis, lobular fat necrosis -> calciphylaxis, confirmed.
The plaque developed within the ecchymosis from his fall on Valentine's Day; first seen as a new lesion 3/8. Trauma-triggered localization is well described.
Plan: thiosulfate (25 g) to be hung during every dialysis session, cinacalcet per renal, no further debridement, ortho/PT: hip protector pads to prevent another fall injury.
"""),
]}

Q06 = {"patient_id": "Q06", "age": 77, "sex": "F", "notes": [
("2019-06-18", "Admission Nursing Assessment", """
ADMISSION NURSING ASSESSMENT
77 yo female, short-term rehab s/p L MCA stroke, residual R hemiparesis, dysphagia (mech soft, nectar).
Kidneys: ESRD on hemodialysis via tunneled R IJ cath; L arm fistula still maturing. Not diabetic. No warfarin, no DOAC.
VTE ppx: heparin 5000 u SQ every 8 hours, per hospital orders. For this res (large ventral hernia on abd) the order reads: inject posterior upper arms, switching sides each dose. First dose here 2200 tonight.
Ht 157.5 cm, Wt 74.4 kg, BMI 30.0
Braden 13 (moderate): sens 3, moist 3, act 1, mob 2, nutr 2, fric 2
Skin: intact; dry flaky shins; small skin tag L neck. Heels soft, blanching.
Care plan initiated: ADL assist x2, turning q2h, heel boots in bed, low air loss mattress ordered.
"""),
("2019-07-29", "Wound Care Note", """
Wound RN weekly
NEW: R posterior upper arm (mid-humerus) -- purple-black plaque, star-shaped edges, 3.1 by 2.4 cm, indurated, extremely tender. OT first saw it 10 days ago during dressing practice and charted it as "bruise".
Both posterior upper arms have many small healed punctate bruises from the q8h heparin. MAR site log reviewed: since heparin began on admission 6/18 every dose has gone into the posterior arms, nowhere else.
ESRD on HD -> concern for calciphylaxis at heparin injection site. NP paged. Heparin d/c'd by MD (res now walks 150 ft w/ PT, VTE risk lower). Derm referral.
Dressing: nonadherent contact layer + ABD, secure w/ Kerlix roll, NOT tape.
"""),
("2019-08-06", "Dermatology Consult", """
DERM
Consult for painful plaque of R posterior arm in HD pt.
Exam: on the back of the R upper arm, a 3.6 by 2.7 cm retiform purpuric plaque, eschar just starting centrally, within field of old injection bruises. L arm: healed puncture marks only, no plaque.
Bx (7/31): calcific uremic arteriolopathy, classic histology.
Impression: biopsy-proven CUA, R posterior upper arm, arising where the subcut heparin went in (heparin 6/18-7/29).
Plan: thiosulfate during dialysis, facility wound care, pain control, avoid all further injections in either arm.
"""),
]}

Q07 = {"patient_id": "Q07", "age": 69, "sex": "F", "notes": [
("2024-07-22", "Wound Nurse Weekly Note", """
WEEKLY WOUND -- LTC unit 3
69F, ESKD on PD (cycler at night, exit site clean and dry), DM2 on Lantus, hx DVT on Coumadin, obese (BMI 30.4 from the 7/1 weights).
Thigh-high compression stockings have been on since she came to us this spring, for leg edema. CNAs say the stockings roll down at the top leaving a deep red indented ring around both upper thighs.
New today:
 #1 R anterior-medial upper thigh -- band-shaped purpuric plaque 7 x 2.5 cm, dusky-black center, lying in the stocking groove
 #2 L anterior-medial upper thigh -- same picture, 5 x 2 cm, no eschar yet, livedo at edges
Res says both came up 10 days ago, was "afraid to make a fuss".
Pain 8/10. Not staged as PI (not over bone) - documented as other wound.
Stockings off, on hold until provider eval. NP Okonkwo and Dr. Haddad (renal) notified.
"""),
("2024-08-01", "Dermatology Consult", """
Dermatology consult - LTC
Pt w/ ESKD on PD, painful upper thigh plaques x3 wks.
Exam: symmetric band-like retiform purpuric plaques on the anterior-medial upper thighs, R 7.5 x 3 cm with central necrosis, L 5.5 x 2 cm, precisely following the line where the rolled top bands of her thigh-high stockings pressed.
Punch bx R thigh (7/25) shows calcified vessel walls with clot and necrotic fat: calciphylaxis.
Dx: calciphylaxis, both upper thighs, at sites of chronic stocking-band pressure.
Plan: no compression garments; renal to start STS (will need HD catheter for it, discussing); hold warfarin, consider apixaban; wound care per wound RN.
"""),
("2024-08-15", "Care Plan Update", """
CARE PLAN -- reviewed at IDT
Problem: Impaired skin integrity r/t calciphylaxis of bilateral upper thighs
Goal: pain 4/10 or less, no new lesions through next review
Interventions:
 - NO compression stockings or wraps (order d/c'd 7/22)
 - Lantus: rotate within abdomen only, never thighs
 - Coumadin discontinued 8/2, now apixaban
 - pressure redistribution cushion in w/c; loose gown, no elastic waist
 - weekly wound measurements; photos q2wk
Weight down after diet change: BMI 29.1 today.
Responsible: nursing, wound RN, dietitian, NP.
"""),
]}

PATIENTS = [Q01, Q02, Q03, Q04, Q05, Q06, Q07]
