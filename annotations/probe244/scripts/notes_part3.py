"""probe244 corpus notes, X15-X20 (nephrology e-consults and curbside questions, plus the
dialysis, dermatology and wound notes around them; all people and places invented)."""

X15 = {"patient_id": "X15", "age": 61, "sex": "F", "notes": [
("2019-07-08", "E-Consult Request - Primary Care to Nephrology", """
E-CONSULT REQUEST (PCP -> CKD clinic)
From: Anselm Rydberg, MD, Quarry Hill Primary Care
61F, CKD 4 -- eGFR 17 in June, no dialysis yet, seen in your CKD clinic. DM2, glargine + lispro,
always injected in the abdomen (~10 yrs). Obese, BMI 32.7. Warfarin until 2016, then apixaban.
For 2 months: several tender, firm nodules at her abdominal injection spots; the largest (3 cm,
a little L of the navel) has a violet tinge. No ulceration, no fever.
PTH 310 / phos 5.4 / Ca 9.6 (June).
Q: I read that calciphylaxis can start at insulin sites -- could this be that?
"""),
("2019-07-10", "E-Consult Response - Nephrology", """
Nephrology (CKD clinic) e-consult response
Impression: most likely lipohypertrophy with an inflamed, repeatedly injected nodule, or an
insulin-related panniculitis. I can't exclude early calciphylaxis -- CKD 4, obesity, diabetes,
prior warfarin -- but phosphate and PTH are only modestly raised and nothing has ulcerated.
Recs
1. rotate injections to the thighs and upper arms; leave the abdomen alone for a few months
2. derm evaluation; a deep incisional biopsy if the violet nodule grows or turns dark
3. stop calcium carbonate (she takes it OTC for heartburn); famotidine instead
4. recheck phos/PTH in 6 weeks
If anything breaks down, call the CKD clinic the same day.
"""),
("2019-08-26", "CKD Clinic Follow-up Note", """
CKD CLINIC -- follow-up, Quarry Hill satellite
61F, CKD 4 (Cr 3.1, eGFR 16), insulin-treated DM2, here with her husband.
Since rotating off the abdomen the nodules are softer and less tender; the violet one is now
2 cm and pale-pink. Derm saw her 8/5 and offered a deep biopsy; she declined.
Assessment: calciphylaxis remains a possibility but is unproven; more likely lipohypertrophy/
panniculitis settling with rest.
Plan: no biopsy for now; return precautions reviewed; dialysis education class in October;
phos 5.0, PTH 290 -- no change.
Weight 86.2 kg.
"""),
]}

X16 = {"patient_id": "X16", "age": 52, "sex": "M", "notes": [
("2021-01-11", "ED Curbside to Nephrology On-Call", """
CURBSIDE, ED -> renal on call, 01/11/2021 22:40
52M, HD MWF at Northgate, skipped Friday's treatment. Sciatica: since last fall a heating pad
goes under his L low back at bedtime and stays on till morning. Tonight: blistered, dusky, very painful plaque
over the L low back, 6x8cm, edge mottled. ED asking: burn or calciphylaxis?
Renal on-call reply: could well be a partial-thickness thermal burn shaped like the pad, but
calciphylaxis cannot be excluded with PTH 1400 and phos 8.2. K 6.1 -> HD tonight.
No diabetes. Takes no warfarin, nor any other blood thinner. BMI 25.3.
Suggest: burn dressing, pad discarded, derm biopsy as outpatient; I'll enter an e-consult note.
"""),
("2021-02-01", "E-Consult Follow-up Reply - Nephrology", """
E-consult follow-up -- L low back lesion (Northgate pt)
On 1/20 he transferred dialysis to Ohio, where his sister lives; the derm biopsy booked for
1/26 never happened.
Last photo (1/18, from the HD nurse): the blisters had unroofed, leaving a dusky 5x7cm base,
darker centrally; still painful.
Final impression from our side: possible calciphylaxis vs a burn from the heating pad -- never
resolved.
Records and the photo were faxed to the receiving unit (Dr. Pemberton) with a note asking for a
biopsy there.
Closing this e-consult.
"""),
]}

X17 = {"patient_id": "X17", "age": 77, "sex": "F", "notes": [
("2025-02-10", "E-Consult Request - Cardiology to Nephrology", """
E-consult request, Cardiology -> Nephrology
From: Ignatius Roux, MD, Halsey Heart Group
77F on PD (cycler), AF anticoagulated with warfarin x 8 yrs; coronary angiogram through a R
femoral puncture 1/21/25 (nonobstructive CAD).
About 2 weeks ago she developed painful net-like purple patches with small dark ulcers on both
lower legs; toes look dusky but warm. Eos 9%, INR 3.4.
Q: calciphylaxis, or cholesterol emboli from the angiogram, or warfarin-induced skin necrosis?
What would you do first?
Weight 58 kg.
"""),
("2025-02-11", "E-Consult Response - Nephrology", """
Nephrology e-consult answer -- chart reviewed, not examined
PTH 430 (2/7) -- phos 5.9 -- calcium 9.2; albumin 2.6; creatinine steady on PD.
Impression: retiform purpura with small ulcers on both lower legs. Differential, in no order:
cholesterol embolization (post-cath, eosinophilia, dusky toes), calciphylaxis (PD, warfarin, low
albumin), warfarin-induced skin necrosis (unusual this late). I cannot favor one without
tissue.
Recs
- deep incisional biopsy of a leg lesion, ideally two
- urine eos and complement
- hold warfarin; apixaban if anticoagulation is continued
- avoid compression bandaging of the legs for now
Non-diabetic. BMI 23.0.
"""),
("2025-03-03", "E-Consult Follow-up Reply - Nephrology", """
E-consult follow-up (Dr Roux)
Her daughters, as health care proxies, declined the biopsy after a long family meeting on 2/20;
she entered home hospice 2/24 and PD was stopped 2/26 at her wish.
Nothing ever settled it -- calciphylaxis and cholesterol emboli both remain possible, and
without tissue we cannot choose between them.
Hospice is managing pain with low-dose hydromorphone and wound care with simple non-adherent
dressings. Warfarin has been discontinued.
No further renal input needed; closing this request. Thank you for involving us.
"""),
]}

X18 = {"patient_id": "X18", "age": 58, "sex": "M", "notes": [
("2018-04-09", "E-Consult Request - Primary Care to Nephrology", """
E-consult request for Nephrology
From: Marisol Achterberg, PA-C, Linden Grove Health
58M: ESRD (chair at Linden Grove Dialysis, T-Th-Sa); DM2 needing insulin; BMI 31.0; Crohn's disease, off therapy 2 yrs.
Over 10 days, two ulcers have opened on his abdomen where he injects insulin; they enlarge fast,
have violet, undermined edges and a purulent base, and hurt a lot. No fever. WBC 11.2.
He has also had two episodes of bloody diarrhea this month.
Q: ?calciphylaxis -- should he be started on sodium thiosulfate at dialysis? Photos in media.
"""),
("2018-04-10", "E-Consult Response - Nephrology", """
Renal e-consult response (chart review only)
PTH 320 (4/3); PO4 5.1 and Ca 9.0 on the same draw -- mineral markers near goal.
Impression: calciphylaxis is on the list, but rapidly growing ulcers with undermined violaceous
borders in a man with Crohn's, starting at needle sites, fit pyoderma gangrenosum with pathergy
better. Please do not start STS empirically.
Recs
1. derm urgently; edge biopsy -- H&E, von Kossa stain, tissue cultures
2. no debridement until PG is excluded
3. insulin into the thighs until this heals
4. GI aware
Not on warfarin.
"""),
("2018-04-30", "Dermatology Note", """
DERMATOLOGY -- Linden Grove
Bx 4/12/18, edge of the L upper abdominal ulcer: dense dermal neutrophilic infiltrate; no
vasculitis; arteriolar walls uncalcified on von Kossa. Bacterial and AFB cultures neg.
Dx: pyoderma gangrenosum with pathergy at insulin injection sites. Calciphylaxis ruled out.
Exam today: both ulcers smaller (3x2 and 2x2 cm) with rolled edges on prednisone 40mg/day
for 2 weeks. Skin elsewhere clear.
Plan: taper prednisone over 6 weeks; topical tacrolimus to the edges; GI to restart biologic.
BMI 31.0.
"""),
]}

X19 = {"patient_id": "X19", "age": 45, "sex": "F", "notes": [
("2022-10-17", "E-Consult Request - Orthopedics to Nephrology", """
E-consult request -> Nephrology
From: Ravindra Lockhart, PA-C, Orthopedic Clinic, Winslow
45F, began PD in September (CCPD); type 1 diabetic, insulin by pump; R knee OA. Anticoagulation
history: warfarin for six months in 2012 for a PE, nothing since. BMI in the high 20s per EMR.
She wants to use ice packs and a heating pad for her knee. I have read that dialysis patients can
get calciphylaxis from things like that. Skin over both knees is normal today; no sores anywhere.
Q: Are ice/heat safe for her, and is a steroid injection into the knee OK?
"""),
("2022-10-18", "E-Consult Response - Nephrology", """
Nephrology e-consult response (chart review; not seen)
Her skin is intact and nothing in the chart suggests calciphylaxis.
Answer:
- brief ice (15 min, cloth barrier) is reasonable; avoid prolonged or direct cold, and avoid
  heating pads on the same spot night after night
- an intra-articular steroid injection is fine from a kidney standpoint; watch glucose on the pump
- counsel her: if a very painful purple or dark patch appears anywhere, she should ring her PD
  nurse that day
- PTH 280, phos 5.2, Ca 9.3: acceptable
BMI 28.7 (weight 77 kg).
"""),
]}

X20 = {"patient_id": "X20", "age": 74, "sex": "M", "notes": [
("2023-09-11", "E-Consult Request - Primary Care to Nephrology", """
E-consult request, Nephrology
From: Delphine Karamanlis, NP, Stoneleigh Family Health
74M on PD (CAPD); warfarin for AF since 2015; no diabetes.
Admitted over the July 4th weekend for pneumonia; warfarin was held and he was given SC heparin in
the abdomen. Now several firm, white-yellow, gritty papules at those abdominal injection spots,
mildly itchy, not painful; one extruded chalky material. No redness, no purple discoloration.
Q: is this calciphylaxis? I know it is a risk on dialysis. If not, does it need treatment, and
should he avoid heparin in future admissions?
Wt 79 kg.
"""),
("2023-09-12", "E-Consult Response - Nephrology", """
Nephrology reply (chart review only)
PTH 380, phos 6.0, Ca 9.8 (9/5).
Impression: this reads like calcinosis cutis where the heparin went in -- hard, chalky,
non-painful papules that can extrude, without purpura or necrosis. That is a different disease
from calciphylaxis, which is painful, violaceous and necrotic.
Recs
1. derm to confirm with a small biopsy or by exam
2. reduce calcium load: switch calcium carbonate to sevelamer
3. no treatment needed for the papules beyond avoiding further heparin shots there
BMI 26.6.
"""),
("2023-10-02", "Dermatology Note", """
DERMATOLOGY -- Stoneleigh
74M on CAPD, referred by renal. Shave biopsy 9/19/23 of one abdominal papule: calcium deposits
in the dermis; vessels normal, no thrombi, fat intact. Dx: calcinosis cutis at prior heparin
injection sites. No evidence of calciphylaxis.
Exam: six firm papules of 2-4 mm, periumbilical; the skin shows no purpura, no livedo and no
ulcer.
Plan: observation; intralesional treatment not needed. Renal has switched his binder. He asked
about the extruding one: keep it clean, petrolatum and a plaster, it will settle.
Follow-up as needed.
"""),
]}

PATIENTS = [X15, X16, X17, X18, X19, X20]
