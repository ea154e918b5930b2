"""probe134 corpus notes, W01-W07 (kidney transplant center and the clinics around it; all invented)."""

W01 = {"patient_id": "W01", "age": 58, "sex": "F", "notes": [
("2022-01-11", "Kidney Transplant Evaluation - Nephrology", """
KIDNEY TRANSPLANT PROGRAM - RECIPIENT EVALUATION
Harrowgate University Transplant Institute
Referred by: Dr. P. Okonkwo-Reyes, Millbrook Dialysis

58 yo F w/ ESRD due to lupus nephritis (ISN/RPS IV, biopsied 2009), dialyzing
Tue/Thu/Sat in-center since 3/2019 using a tunneled R IJ catheter after two failed
L arm fistulas. Here for deceased donor listing.
No living donor yet - a sister is "thinking about it".
PMH: SLE (quiet, on HCQ), HTN, secondary hyperparathyroidism, anemia of CKD. No diabetes.
No clots, has never been anticoagulated.
PSH: L radiocephalic AVF 2019 (failed), L brachiocephalic AVF 2020 (failed), C-section x2.
Meds: hydroxychloroquine 200 mg qd, amlodipine 10, sevelamer 800 mg x2 tabs with each meal,
cinacalcet 60, ESA with HD, renal MVI.
VS: BP 142/84  HR 78  T 36.7  Wt 68.9 kg  Ht 159.5 cm  BMI 27.1
Labs from her unit (12/28): iPTH 742, PO4 6.8 (!), Hb 10.4, Ca 9.4, albumin 3.6. cPRA 64%.
Vaccines: HBsAb negative after primary series -> Heplisav-B booster. No pneumococcal
vaccine on file -> PCV20 x1. Shingrix after listing. To be given at coordinator visit.
A/P: Reasonable candidate. Needs stress echo, dental clearance, pap, mammogram.
Phos/PTH poorly controlled - will message her dialysis nephrologist.
"""),
("2022-03-08", "Transplant Coordinator Note", """
Transplant Coordinator - pre-listing visit, clinic room 4

Pending eval items:
 - Stress echo 2/22/22: no inducible ischemia, EF 60%
 - Dental clearance letter rec'd
 - Mammo 2/2022 BI-RADS 1, pap neg

Vaccines given today per protocol, consent signed, VIS handed out:
 - PCV20 (Prevnar 20) 0.5mL intramuscular, L deltoid (upper arm), lot FK2204, by L. Marchetti RN
 - Heplisav-B 0.5mL intramuscular, R deltoid, lot 88214B
Observed 15 min, no reaction. Told a sore arm for a day or two is expected, call for
temp >38.3 or spreading redness.

Pt asked about wait time; explained blood type O w/ cPRA 64% -> median wait in our region
roughly 4-6 yrs, waiting time counts back to her HD start in 3/2019.
To be presented at selection committee 3/15; we will phone her with the decision.
Pt verbalized understanding. 35 min spent, >50% education.
"""),
("2022-04-19", "Dermatology Consult", """
DERMATOLOGY - OUTPATIENT CONSULT
Ref: Transplant Nephrology (Dr. Ibsen-Klar)
CC: "my left arm is killing me"

HPI: 58F, ESRD on HD, newly approved for the deceased donor waitlist, w/ a spot on her
L upper arm so tender she now sleeps propped on her right. It began about 3 wks ago -
at first a firm pink knot, then purple, then dark in the center. She puts it exactly
where the pneumonia shot was given at the transplant clinic on 3/8/22. R arm (hep B shot same day) is fine. No fevers. Pain rated 9/10, night worst,
APAP not helping.

Exam: L lateral upper arm, stellate retiform purpura 5.5x4 cm; its core is black
eschar (15 mm); indurated rim, very TTP; livedo around it. R deltoid normal. Thighs, belly and
buttocks checked - clear.

Path (punch bx 4/12, Dr. Szabo): subcutaneous arterioles encrusted by calcium and
occluded by thrombus; the fat is necrotic -- she reads it as diagnostic for calciphylaxis.

A/P: 1) Biopsy-proven calciphylaxis, L upper arm, at the PCV20 injection site.
- sodium thiosulfate 25g IV, final hour of each dialysis run; coordinate w/ her unit
- no calcium-based products, low-Ca bath
- alginate + foam, change every other day
- palliative care for pain
- transplant team notified; listing likely inactive while wound open
"""),
]}

W02 = {"patient_id": "W02", "age": 61, "sex": "M", "notes": [
("2019-05-21", "Transplant Pharmacy Note", """
TRANSPLANT PHARMACY - CLINIC NOTE   05/21/2019
Reason for visit: PTDM, insulin initiation and teaching

61M, DDKT 2012 (R iliac fossa) for ADPKD; chronic active AMR, graft failing, eGFR 13 ->
resumed in-center HD 3/2019 (L upper arm fistula). IS reduced: tacrolimus 1 mg BID
(goal trough 3-5), prednisone 5 mg daily, MMF stopped.
PTDM since 2014 on glipizide; A1c 9.1 today. Glipizide stopped (hypoglycemia w/ ESRD).

Insulin glargine begun: 10 units qHS. Pen + 4 mm needle teaching done with pt and
wife. Pt self-administered his first dose here today, L lower abdomen, good
technique. Told to keep to the left half of his belly and rotate spots within it, because
the old transplant kidney lies under the R lower quadrant scar.
Reviewed BG log, hypoglycemia rule of 15, glucagon kit prescribed.
Wt 104.2 kg, BMI=32.4 kg/m2 (class I obesity).
Allergy: sulfa (rash).
F/u: CDE phone call 1 wk, pharmacy clinic 6 wks.
-- R. Vandermolen, PharmD, BCTXP
"""),
("2019-09-10", "Dermatology Consult", """
Derm consult note

61 yo man w/ failed renal allograft now back on HD, post-transplant DM on basal insulin,
sent for a painful skin lesion on the abdomen. States it "came up in early August" as a hard,
sore patch and keeps spreading. No fevers or drainage. No new meds.

PE: Obese abdomen. L lower abdomen, lateral of the navel: 7x6 cm indurated
violaceous plaque, net-patterned purpuric edge, 2-cm black eschar centrally.
Even light touch hurts a lot. RLQ transplant scar well healed, nothing near it.
Thighs, buttocks, breasts clear.

Impression: retiform purpura with eschar, L lower abdomen, HD patient w/ Ca x Phos
product 71 -- strongly suspect calciphylaxis. Ddx cholesterol emboli, vasculitis,
deep fungal infection given IS.
Plan: biopsy today - two 6-mm punches from the advancing edge (H&E/VK; 2nd one for cultures).
Bone scan. Will call pt and his HD unit with results.
"""),
("2019-10-01", "Nephrology - HD Rounding Note", """
HD MONTHLY PROGRESS NOTE - Eastbrook Dialysis Center
61M, ESRD after failed DDKT, HD MWF 4 h, L AVF, EDW 102.0 kg

Calciphylaxis of the L lower abdomen, confirmed on punch bx 9/10 (medial calcification and
thrombosed arterioles, von Kossa +). Bone scan: uptake in L abd wall only.
STS 25 g after each run since 9/16, tolerating apart from nausea.
Wound: eschar unchanged, 7.5 x 6 cm, no pus. Wound RN dressing 3x/wk on HD days.
Analgesia: hydromorphone 2 mg po q6h as needed, using 2-3 a day.
Labs 9/27: PTH 610 / phos 5.2 / Ca 8.9 / spKt/V 1.38 / alb 3.1 / Hgb 9.9
Changes: sevelamer up to 2400 TID, calcium acetate stopped, cinacalcet 30 -> 60 mg,
2.0 Ca bath. Surgical referral for PTX if PTH stays up.
Glargine 10 u continued, BG 140s-180s. Tacrolimus and pred 5 continued (graft in situ).
Pre-HD: BP 158/88, HR 84, wt 103.1 kg (BMI 31.8).
Transplant office aware - no relisting until the wound has healed.
"""),
]}

W03 = {"patient_id": "W03", "age": 49, "sex": "M", "notes": [
("2018-06-12", "Operative Note - Kidney Transplant", """
OPERATIVE REPORT
Date of surgery: 06/12/2018
Preop dx: ESRD on hemodialysis (FSGS)     Postop dx: same
Procedure: Deceased donor kidney transplant, right iliac fossa; extravesical
ureteroneocystostomy over a 6 Fr x 12 cm double-J stent.
Surgeon: M. Adeyemi-Falk MD   Assist: J. Ortolani MD (fellow)
Anesthesia: GETA   EBL 250 mL   KDPI 41%   CIT 14 h 10 min

Findings: left donor kidney, single artery on Carrel patch, single vein. Reperfused
promptly, turned pink and firm, some urine on the table.
Description: supine, prepped and draped. Curvilinear right lower quadrant (Gibson) incision
from just above the pubic tubercle toward the ASIS. Muscles divided, peritoneum swept medially.
External iliac artery and vein dissected free. Vein then artery sewn end-to-side with running
6-0 Prolene. Ureter spatulated and sewn to the bladder dome over the stent.
Closure: looped #1 PDS for fascia, staples to skin. 19 Fr Blake drain exits via its own stab
incision lateral to the wound.
Basiliximab given intraop. To PACU extubated, stable.
"""),
("2018-07-03", "Post-Transplant Clinic", """
POST-TRANSPLANT CLINIC - WEEK 3
49M s/p DDKT 6/12/18. DGF requiring HD x3 post-op (last run 6/19), off dialysis since.
Cr 3.4 last wk -> 2.1 today. Feels well, eating, UOP ~2 L/day.
Meds: tacrolimus 5 mg BID (trough 9.8), MMF 1000 BID, prednisone 10, valganciclovir,
TMP-SMX SS daily, amlodipine 5, calcitriol 0.25.
Exam: BP 136/82  HR 72  afebrile  wt 81.3 kg  Body mass index 26.3
Incision RLQ clean/dry, staples out today (28), steri-strips on. Drain already out (POD 8).
Graft non-tender, no bruit.
Labs: Cr 2.1  K 4.6  Ca 11.1 (H)  Phos 2.2  PTH 1,210 (pre-tx 1,460) -- tertiary HPT.
A/P:
1. Slow graft function, improving.
2. Hypercalcemia: calcitriol stopped; cinacalcet 30 mg daily begun. Endocrine surgery referral
   re: parathyroidectomy.
3. Stent removal by cysto 7/17.
RTC 1 wk w/ labs.
"""),
("2018-09-04", "Transplant Surgery Clinic", """
TRANSPLANT SURGERY CLINIC - add-on
49M, DDKT 6/12/18, Cr 1.6. Coordinator sent him over for a "wound problem".

Since mid-August: severe pain and a hard, purple area at the lateral end of his
transplant incision, close to where the drain came out. No fever, no drainage.

Exam: T 36.9. Along the lateral third of the RLQ Gibson incision: 6 x 3 cm indurated plaque,
dusky violaceous with stellate purpura, 1 cm patch of black necrosis in the center. Not
fluctuant, no crepitus. Medial two thirds healed nicely.
Bedside US: no fluid collection, graft perfusion normal.
Ca 11.4, Phos 2.0, PTH 1,090 -- still hypercalcemic on cinacalcet.

Assessment: necrotic skin change at the incision. With tertiary hyperparathyroidism I am
more worried about calciphylaxis than a wound infection.
Plan: 4-mm punch bx performed at the lesion margin today (for VK stain). No debridement for now.
Derm to see him. Moving up his endocrine surgery appt.
"""),
("2018-09-18", "Dermatology Consult", """
DERMATOLOGY CONSULT NOTE

Bx 9/4/18 (edge of RLQ incision): subcutaneous arterioles with mural calcification,
intimal thickening, fibrin thrombi; septal panniculitis + fat necrosis; VK stain positive.

Dx: biopsy-confirmed calciphylaxis, which arose in the lateral part of his RLQ kidney
transplant incision after that segment had first healed. Graft working (Cr 1.5).

Exam today: 6.5x3.5 cm eschar-covered plaque at the lateral incision with a rim of
livedo. Rest of abdomen, thighs, buttocks: clear.

Plan:
1. STS 25g IV TIW via PICC; check bicarb (graft ok)
2. Parathyroidectomy booked 9/26 with Dr. Lindqvist
3. Moist dressing; no sharp debridement yet
4. Gabapentin 100 mg at bedtime (renal dose)
5. Derm f/u 3 wks, photos in chart
"""),
]}

W04 = {"patient_id": "W04", "age": 63, "sex": "F", "notes": [
("2021-08-17", "Transplant Coordinator Note", """
KIDNEY TX EVAL - COORDINATOR FOLLOW-UP (phone + chart review)
63F, ESRD from DM2/HTN, home CCPD since 2019 (cycler, 5 exchanges over 9 h), referred for listing.

Outstanding items:
[x] Cardiac: regadenoson SPECT neg 7/2021
[x] Colonoscopy 2020, 1 tubular adenoma, repeat 2025
[ ] Mammogram 7/29/21: new cluster of microcalcs L breast upper outer quadrant, BI-RADS 4A,
    plus benign-looking vascular calcs in both breasts. Breast surgery recommends a
    stereotactic core biopsy. Has to be resolved before committee.
[ ] Dental - appt 9/2

BMI: 35.6 at eval visit (our program ceiling for listing is 40, so OK).
DM2: linagliptin only, never on insulin.

Called pt, she is nervous about the biopsy; explained why it is needed. She agrees.
Breast imaging will schedule it in September (first open slot).
Will re-present once path is back.
D. Hollis-Nakamura RN, CCTC
"""),
("2021-11-16", "Peritoneal Dialysis Clinic Note", """
Home Dialysis Unit - PD monthly clinic

S: CCPD going fine, drains ok, no cloudy effluent. Her main complaint is a painful hard
spot in the L breast since Halloween, right where the needle biopsy was done in September
("they told me it was benign"). Skin over it turned purple; too sore to wear a bra now.
No fever, no nipple discharge.

O: BP 148/76  P 80  wt 92.8 kg
L breast upper outer quadrant: 4x3 cm firm violaceous plaque, mottled border, dusky
center, very tender. No axillary nodes. Exit site clean, tunnel non-tender.
Labs: PTH 890; phos 7.1; Ca 9.8; alb 3.3; Kt/V (wk) 1.9.

A: New tender L breast plaque at the biopsy site. Ddx post-biopsy infection / fat necrosis
vs calciphylaxis (PD, phos 7, vascular calcs on the mammogram).
P: Urgent derm referral, breast surgeon aware. Stop calcium carbonate, sevelamer up to
1600 TID. Cephalexin 500 daily x 7 d empirically until derm sees her.
"""),
("2021-12-07", "Dermatology Consult", """
DERMATOLOGY - follow up w/ path
63F on PD, DM2, transplant eval on hold. L breast lesion.

Hx: pain began 10/31/21 per pt, at the site of the stereotactic core bx done in Sept for
microcalcs (that path: fibrocystic change and vascular calcification, benign). No change on
cephalexin.
Exam: L breast UOQ 5x4 cm retiform purpura, adherent black eschar 2x1.5 cm
centered on the old biopsy puncture; indurated rim. R breast normal. Abd: PD exit site clean,
no lesions. Thighs clear.

Path, deep incisional bx 11/23: calcified walls of small fat vessels (circumferential),
thrombosis, lobular fat necrosis. VK +. No malignancy.

A/P: L breast calciphylaxis, which started at the site of her September core biopsy.
- STS 25g IV 3 days a week in infusion clinic since she is on PD, or IP per nephrology
- increase PD clearance, switch to low-Ca dialysate
- hydrofiber + bordered foam, soft bra without underwire
- transplant coordinator informed
"""),
]}

W05 = {"patient_id": "W05", "age": 55, "sex": "F", "notes": [
("2023-05-16", "Transplant Surgery Post-op Clinic", """
TRANSPLANT SURGERY - POSTOP VISIT #1

55F s/p open transplant nephrectomy 5/2/23 (failed 2nd graft, R iliac fossa; graft
intolerance w/ fevers, hematuria, pain) through the old RLQ incision. Back on HD TTS via
L forearm loop AVG. APS - warfarin, aiming for INR 2.5; heparin gtt bridge periop.

S: Incision sore but better every day. Has worn the elastic abdominal binder we gave her
day and night since POD 1 (5/3). Says the lower border of the binder rubs and digs into her
L flank whenever she sits, "leaves a deep red groove".

O: Afebrile. BP 152/90. Wt 81.2 kg, BMI 30.0. Incision: staples removed, well approximated,
no erythema. L flank: 10 cm linear blanching redness where the binder edge sits, skin
intact, no induration.

A/P: Healing as expected. Continue binder 4 more weeks, pad the edge with a folded towel and
loosen it when sitting. INR 2.6 today, anticoag clinic following. Recheck 4 wks.
"""),
("2023-06-20", "Emergency Department Note", """
ED PROVIDER NOTE
CC: L side pain, skin discoloration

HPI: 55 yo F, ESRD on HD (last run yesterday), antiphospholipid syndrome on warfarin,
transplant nephrectomy 7 wks ago, here with severe burning pain and a dark purple patch on
her L flank x 10 days. Pain 10/10. No fever, no fall or injury.

Exam: T 37.2  HR 98  BP 164/92  RR 18  SpO2 97% RA
L flank: 8 x 5 cm retiform purpura w/ central dusky gray-black area, exquisitely tender,
livedo around it, no crepitus. RLQ incision healed. Lungs clear.
Labs: WBC 9.8, INR 3.4, Ca 9.9, Phos 6.6, lactate 1.1.
CT abd/pelvis: no abscess or hematoma; diffuse vascular calcification; subcutaneous
stranding in the L flank.

MDM: considered nec fasc (afebrile, no gas, nl lactate - unlikely),
warfarin-induced skin necrosis, calciphylaxis.
Plan: admit hospitalist service; derm to see in the morning; warfarin held tonight;
hydromorphone prn.
"""),
("2023-06-22", "Dermatology Inpatient Consult", """
Dermatology Consult - Inpatient, 7 West

Asked to see: L flank lesion, r/o calciphylaxis.
55F, HD, APS on warfarin, failed transplant removed 5/2/23.

Exam: L flank 8.5x5 cm retiform purpuric plaque, gray-black necrotic center, firm, very
tender; livedo racemosa around it. RLQ scar fine. No other lesions, thighs and buttocks
clear.
Punch bx L flank 6/21 (rush): arterioles in the fat with calcified walls, clot in the
lumens, fat necrosis; VK stain lights up the calcium. Gram stain/cx neg to date.

Dx: Calciphylaxis, L flank.

Recs:
1. STS 25g IV with every dialysis
2. Anticoagulation: warfarin is a risk here - heme to advise on an alternative given APS
3. Nonadherent dressing; no debridement as long as the eschar stays dry
4. Pain service
5. Nephrology: low-Ca bath, non-Ca binder, consider longer HD runs
"""),
]}

W06 = {"patient_id": "W06", "age": 67, "sex": "F", "notes": [
("2022-08-30", "Transplant Waitlist Annual Re-evaluation", """
KIDNEY TRANSPLANT WAITLIST - ANNUAL UPDATE

67F, ESRD d/t diabetic kidney disease; HD M-W-F in center since 2017, R upper arm AVF;
active on list since 11/2018, blood type B, cPRA 0%.
Interval hx: R-sided sciatica since spring; MRI L-spine w/ L4-5 disc and foraminal
narrowing. PT helped a bit. No admissions. No skin problems.
DM2 on insulin detemir 18 u qAM + lispro sliding scale, A1c 7.4.
Other meds: carvedilol, atorvastatin, sevelamer, cinacalcet 90, gabapentin 100 after HD, ASA 81.

Exam: BP 138/70  HR 68  Wt 98.4 kg  Ht 161 cm  BMI 37.9
Obese abdomen, soft. Feet: no ulcers, reduced monofilament both feet. Skin intact.
Labs: Hgb 10.8, Alb 3.9, PTH 520, Phos 5.9.
Repeat stress test unremarkable.

A/P: Remains a suitable candidate, stays active. Talked about weight: our BMI
ceiling is 40. Next update 8/2023.
"""),
("2023-03-08", "Nephrology HD Rounding Note", """
HD ROUNDS - bay 12, Wednesday 1st shift

Pt reports a very painful R buttock for ~4 wks; it began early February as a tender lump and
is now dark. For the R sciatica she has been sitting on an electric heating pad in her recliner
every evening since last fall, setting "high", placed under the R buttock.

Exam (side-lying in chair): R upper outer buttock 6x5 cm hard violaceous plaque,
livedoid edges, 2-cm black eschar in the center. L side normal. No sacral wound.
Post wt 96.1 kg (BMI 37.1). BP 150/72.
Labs 3/1: PTH 880, phos 7.4, Ca 9.6, alb 3.5.

A/P: The plaque sits exactly where the pad has been sitting. With phos 7 and insulin,
very worried about calciphylaxis.
 - stop the heating pad
 - urgent derm for biopsy
 - switch to non-Ca binder, add 30 min to each run
 - transplant coordinator notified, will likely go inactive
"""),
("2023-03-21", "Dermatology Consult", """
DERMATOLOGY CONSULT
67F on HD, DM on insulin, on the transplant list (made inactive 3/9). R buttock lesion.

Bx 3/14 (R buttock, 2 punches): small and medium arterioles of the fat with mural
calcium, fibrin thrombi, fat necrosis; von Kossa +. Cultures neg.

Exam: 7x5.5 cm eschar at the R upper outer buttock, purpuric retiform edge, firm, very
tender. Thighs, abdomen, breasts without new lesions.

Dx: calciphylaxis (biopsy-proven), R buttock, in the area heated every evening with
her heating pad over the winter.

Plan:
- STS 25g IV in the final hour of HD
- no heat to the skin at all; foam cushion instead
- enzymatic debridement ointment + silicone foam, HD unit RN 3x/wk
- pain: palliative consult placed
- RTC 2 wks
"""),
]}

W07 = {"patient_id": "W07", "age": 52, "sex": "M", "notes": [
("2020-11-09", "Primary Care Acute Visit", """
Family Medicine - acute visit

52M w/ LDKT 2011 (donor: wife), graft failed -> back on HD since Aug 2020 (Tu/Th/Sa),
HTN, gout. Still on tacrolimus 1 mg daily + prednisone 5 per transplant.

S: Yesterday while unloading firewood he struck his R outer thigh on the tailgate corner of his
truck. Sore, bruised, walking ok. Did not fall, no head strike.

O: BP 150/94  HR 76  Wt 79.5 kg  BMI 24.8
R lateral thigh, mid-portion: 7 x 5 cm ecchymosis, mild swelling, tender, skin intact, no
fluctuance. Full hip/knee ROM, neurovasc intact distally.

A/P: Contusion R lateral thigh.
- acetaminophen 650 q6h prn, no NSAIDs (ESRD/transplant)
- return if it grows, turns hard, or the skin breaks down
- flu shot declined today (will get at HD unit)
"""),
("2020-12-01", "Dermatology Consult", """
Derm

52M ESRD on HD (failed living-donor graft), on low-dose tac/pred, sent by his HD unit for a
wound on the R lateral thigh that will not heal.
Per pt it started 11/20/20 as a purple, burning, stone-hard area and blackened within
a week. Pain 8/10, keeps him awake.

Exam: R lateral thigh 9x6 cm necrotic ulcer w/ adherent black eschar, stellate purpuric
border, firm induration around it; not warm, not fluctuant. L thigh, abdomen, buttocks clear.
HD labs: Ca 10.2, Phos 7.9, PTH 1,320.

A: Necrotic ulcer R thigh, calciphylaxis highly likely. Ddx necrotizing infection,
vasculitis, opportunistic infection given immunosuppression.
P: two 6-mm punches (H&E w/ VK; tissue cultures incl AFB/fungal). Stop calcitriol.
Will coordinate with nephrology.
"""),
("2020-12-15", "Transplant Nephrology - Failed Graft Clinic", """
TRANSPLANT NEPHROLOGY - FAILED ALLOGRAFT CLINIC

52M, LDKT 2011, graft loss 2020, on HD since 8/2020.
Bx 12/1/20 R thigh: calciphylaxis (vessel wall calcification, thrombi; von Kossa +);
tissue cultures negative.
So: calciphylaxis, R lateral thigh, 9x6 cm eschar; pain controlled on hydromorphone.

Plan:
1. IS: graft non-functional and no plans to relist soon -> taper tacrolimus off over
   4 wks, keep prednisone 5 (adrenal); watch for graft intolerance.
2. Calciphylaxis: STS 25g with every run (started 12/8), cinacalcet up to 60, non-Ca binder,
   low-Ca bath. Parathyroid surgery consult (PTH 1,320).
3. Wound RN at HD 3x/wk, silver alginate.
4. Retransplant: will revisit when the wound has healed and PTH is controlled.
Wt 78.7 kg. BP 146/90.
"""),
]}

PATIENTS = [W01, W02, W03, W04, W05, W06, W07]
