"""probe173 corpus notes, E15-E20 (perioperative nursing, anaesthesia and OR records, and the
clinics around them; all invented)."""

E15 = {"patient_id": "E15", "age": 57, "sex": "M", "notes": [
("2026-01-13", "Intraoperative Nursing Record", """
INTRAOP NURSING RECORD -- Robotic Suite B                    01/13/2026
Proc: robotic-assisted laparoscopic radical prostatectomy + bilat pelvic LND. Dr Szabo-Reid.
GETA, Dr Adeyemi-Long. ASA 3 -- CKD4 (eGFR 19; pre-dialysis, access planning underway), DM2
on linagliptin, HTN, obesity.
Ht 180 cm, wt 100.4 kg -- BMI 31.0.
Position: low lithotomy in padded boot stirrups, both calves resting in the boots, steep
Trendelenburg 28 deg, arms tucked w/ foam, chest strap over foam, shoulder braces not used.
Checks of calves/heels in boots q1h by RN while docked.
SCDs: thigh-length, both legs, on before induction.
Return electrode not applicable (robotic bipolar + monopolar shears via pad on R flank).
Console time 4 h 25 min; total in stirrups 5 h 10 min.
EBL 300 mL. UOP 140 mL. Foley 20 Fr, JP drain L lower quadrant.
Off stirrups 1348: calves with deep red boot imprints, blanching, no blisters.
To PACU extubated.
"""),
("2026-01-27", "Urology Post-op Clinic", """
UROLOGY CLINIC -- post-op                                    1/27/2026
2 wks s/p RALP. Catheter removed today, voiding, pad use 3/day.
Path: Gleason 3+4, pT2, margins neg, nodes 0/11.
Concern: both posterior calves painful since the first week home. Exam: bilateral posterior
mid-calves -- mottled, livedoid, indurated areas 6-8 cm, exquisitely tender, a few dusky
purple nodules, no open skin, exactly where the stirrup boots sat. Compartments soft, CK on
POD 1 was normal. Duplex last week: no DVT.
CKD 4 (Cr 3.4), phos 6.2, PTH 410. DM2, BMI 31.
A/P: painful livedoid indurated calves after 5 h in boot stirrups -- deep tissue pressure
injury vs early calciphylaxis (CKD 4, high phos). Derm urgent, nephrology aware.
"""),
("2026-02-10", "Dermatology Consult", """
DERMATOLOGY CONSULT                                          Feb 10, 2026
57M. CKD4, pre-dialysis. DM2 on linagliptin. Obese, BMI 31.2. No anticoagulant.
Both posterior calves since mid-January after prolonged lithotomy: symmetric 7 cm indurated
livedoid plaques, violaceous nodules at the edges, no ulcer, very tender.
Clinically I cannot tell a deep tissue pressure injury from early calciphylaxis; both stay
on the table. Deep incisional biopsy recommended; he says no ("you'll just make a new
sore on my leg").
Relocating to Tucson (daughter) next week; notes + clinical photos forwarded to the
nephrology group there. Advised avoiding compression and heat to the calves, keep phos down, low-calcium
diet counselling reinforced.
Impression: calf plaques, possible calciphylaxis, unconfirmed.
"""),
]}

E16 = {"patient_id": "E16", "age": 80, "sex": "F", "notes": [
("2016-11-03", "Anaesthesia Record", """
ANAESTHETIC RECORD                         03/11/2016 (d/m/y)  Theatre 2, Marlow Road Hosp.
Procedure: L hip hemiarthroplasty (cemented) for displaced intracapsular NOF fracture.
Surgeon Mr Pemberton-Okeke. Anaesthetist Dr Rautio.
80F. ESRD on HD MWF (dialysed 2/11, K 5.0). R forearm AVF. Ex-warfarin (DVT 2012, 6 mo course),
no anticoagulant now. No diabetes. BMI 22.4.
ASA 4. Frailty score 6.
Technique: spinal, 0.5% heavy bupivacaine 2.2 mL at L3/4, 25G pencil point, + fascia iliaca
block L (20 mL levobupivacaine 0.25%). Light sedation propofol TCI.
Position: R lateral, L side up, pelvic supports front and back, pillow between knees.
Cemented stem: BP dipped 88/40 on cementing -> metaraminol 1 mg x 2.
EBL 350 mL. Hb post 92.
Post-op: heparin 5000 units SC bd (renal dosing), HD Friday, OT/physio.
"""),
("2016-11-15", "Hospitalist Progress Note", """
Hospitalist progress note -- Ward 7                                   15/11/2016
POD 12 L hemiarthroplasty. HD continues MWF.
New: since 11/11 several purple-black patches on the lower abdomen, at and around the heparin
injection spots, now 3 areas 2-4 cm with dusky centres and a net-like purple edge; very
painful to touch, more than expected for bruises.
Ddx: heparin-induced skin necrosis (anti-PF4 sent); calciphylaxis (ESRD, raised Ca x P);
plain injection bruising.
Plan: stop SC heparin; mechanical VTE prophylaxis not possible on the operated leg, use
foot pump R. Derm consult requested. Labs: adjusted calcium 2.61 and phosphate 2.3 mmol/L, platelets 188.
Wound L hip clean, clips in situ. Mobilising with frame + 1.
"""),
("2016-11-22", "Palliative Care Consult", """
PALLIATIVE CARE CONSULT                                              22 Nov 2016
Asked to see re goals of care, painful abdominal wall necrosis, decline after hip fracture.
80F, ESRD on HD, frail, delirium on/off since surgery.
Abdominal lesions: PF4 antibody negative. Derm saw 11/18: possible calciphylaxis vs
heparin-related necrosis -- only a deep biopsy could separate them; family (son, daughter-in-law)
declined biopsy after discussion -- "she has been through enough".
Family meeting today: pt's previously voiced wishes were no prolonged dialysis if bedbound.
Agreed: stop HD after Friday's session, comfort-focused care, hospice referral.
Symptoms: pain -- 12 mcg/h fentanyl patch, oral oxycodone solution as needed; dressings to abdomen for
comfort only.
Diagnosis of the skin lesions left unconfirmed.
"""),
]}

E17 = {"patient_id": "E17", "age": 45, "sex": "M", "notes": [
("2023-05-16", "Anesthesia Record", """
ANESTHESIA RECORD                                            2023-05-16   OR 10
L total hip arthroplasty, posterior approach (AVN L femoral head, steroid-related).
Dr Mwangi-Foster / Dr Bellingham. ASA 3.
45M, ESRD on CCPD (abdomen drained 0500), maturing L forearm AVF. No diabetes. No anticoag.
Ht 175 cm, wt 79.6 kg, BMI 26.0.
GETA, ETT 7.5. Maint des 5%. TXA 1 g IV. Cefazolin 2 g.
Monitors: NIBP R upper arm q3 min (only usable arm), SpO2 R finger.
Position: R lateral decubitus (R side down), axillary roll, beanbag, L arm on Krause rest.
Case length 3 h 55 min.
EBL 500 mL. Crystalloid 900 mL, albumin 250 mL.
End of case: R upper arm beneath BP cuff with scattered petechiae and faint bruising,
cuff moved to R calf in PACU.
Extubated in OR, to PACU, pain 4/10.
"""),
("2023-06-06", "Orthopaedic Post-op Clinic", """
ORTHO POST-OP                                                     06/06/2023
3 wks s/p L THA. Walking with a cane. Incision healed, staples out. Hip precautions reviewed.
Pt asks about the R upper arm: since the week after surgery, a hard sore patch on its
outer aspect, enlarging. Exam: R lateral upper arm 4x3cm indurated livedoid plaque, dusky
center 1cm, tender. No fluctuance.
Hx: ESRD on PD.
A/P: 1) L THA doing well, PT. 2) R upper arm plaque -- hematoma/cuff injury vs ?calciphylaxis
given PD. Derm referral, nephrology informed.
"""),
("2023-06-21", "Nephrology PD Clinic Note", """
PD CLINIC -- nephrology                                         21-Jun-2023
45M on CCPD, L THA 5/16. Derm (Dr Ilunga) punched the R upper arm plaque (4mm) 6/12:
septal panniculitis; vessels look clean, VK neg -- nondiagnostic; per derm a
small superficial sample cannot exclude calciphylaxis.
He refuses a deeper biopsy. Plaque softer, 3x2.5cm, no ulcer.
Labs: phos 6.4 high, Ca 9.4, PTH 520, alb 3.6; weekly Kt/V 1.8.
BMI 26.0. BP 138/84.
A/P: R upper arm plaque, possible early calciphylaxis vs resolving cuff-related injury.
Lower phos (add sucroferric oxyhydroxide), no calcium binders, hold calcitriol. No STS for now;
recheck skin in 4 wks, low threshold for repeat biopsy.
"""),
]}

E18 = {"patient_id": "E18", "age": 70, "sex": "M", "notes": [
("2025-06-10", "Cath Lab Nursing Record", """
CARDIOVASCULAR LAB -- RN PROCEDURE RECORD                      06/10/2025
E18 70M. Proc: L lower extremity angiogram, L SFA stent (6 x 80 mm), crossover from R.
Operator Dr Petrosyan. Sedation by RN -- midaz 1mg, fentanyl 75mcg.
ESRD; dialyzes TTS, access = R upper arm graft. Insulin-using DM2 (BG 133). BMI 29.0.
Access: R CFA retrograde, US guided, 7 Fr sheath, crossover to L.
Heparin 6000 units IV, ACT 290.
Closure: Angio-Seal 8 Fr, R groin hemostasis, no hematoma.
L foot: DP dopplerable post stent, toes pink and warm at end.
Discharged 1530, instructions given.
"""),
("2025-06-24", "Emergency Department Note", """
ED NOTE                                                       6/24/2025 21:40
70M on HD (TTS), DM2 w/ insulin, PAD, L SFA stent placed 6/10.
CC: painful blue toes L foot x 5 days, now purple net-like patches on the L sole and lateral
foot.
Exam: T 37.1, BP 164/86, HR 92. L 3rd-5th toes cyanotic, cool; retiform purpura plantar
lateral L foot and heel; DP dopplerable. R foot normal. R groin site healed.
Labs: WBC 11.2, eos 9% (AEC 1010), ESR 68, Cr per ESRD, Ca 9.5, Phos 6.6.
Assessment: L foot retiform purpura/blue toes two weeks after angiography: atheroembolism
vs calciphylaxis vs vasculitis.
Plan: admit to vascular, derm consult for biopsy, continue aspirin/statin.
"""),
("2025-07-08", "Dermatology Consult", """
DERMATOLOGY -- consult follow-up                             July 8, 2025
70M, ESRD on HD, DM2 (insulin), PAD, BMI 29.0.
Punch biopsy L lateral foot 6/26: biconvex needle-shaped cholesterol clefts in dermal
arterioles with giant cell reaction; no mural calcium; VK stain negative.
Dx: cholesterol embolization syndrome after L leg angiography and stenting. Calciphylaxis
ruled out.
Toes: improving, 4th toe dry eschar. Eos 6%. The purpura on the sole is fading from the
edges; no new patches on the R foot or legs. He asks whether the stent caused it -- explained
that plaque debris loosened during the catheter work is the likely source, not the metal.
Plan: statin high intensity continued, no anticoagulation, foot protection, podiatry,
vascular follow-up.
"""),
]}

E19 = {"patient_id": "E19", "age": 38, "sex": "F", "notes": [
("2026-03-03", "Pre-Anesthesia Evaluation", """
PRE-ANESTHESIA EVALUATION                                  03/03/2026
Planned: laparoscopic L ovarian cystectomy (8 cm dermoid), Dr Fenwick, 3/19.
38F. T1DM from age 11, insulin by tubeless pump pod (now worn on the L upper arm); A1c 7.1.
CKD stage 3a from diabetic kidney disease, eGFR 52, not on dialysis, on lisinopril.
Hypothyroid. No anticoagulants.
Family hx: brother with T1DM and ESRD died 2021 of calciphylaxis while on dialysis; mother
with hypertension. No anesthesia problems in family.
Wt 61 kg. Height not measured today.
Skin: intact, no lesions.
Airway MP I. Plan GETA, PONV ppx (female, nonsmoker). Keep pump running at basal with
anesthesia-managed glucose checks q1h; move pod off field if needed.
"""),
("2026-03-19", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING                                      3/19/2026   OR 3
Lap L ovarian cystectomy, Dr Fenwick. GETA.
Insulin pump pod on L upper arm, running basal; BG 132 at 0745, 148 at 0900.
Position: supine, arms out on padded boards, safety strap across thighs, heels padded.
SCDs both calves. Return electrode R anterior thigh, intact pre and post.
Ports: umbilical 10 mm, 2 x 5 mm lower quadrants. Specimen in bag.
Skin at end: intact everywhere, no pressure areas. Counts correct.
To PACU awake, pain 3/10.
"""),
]}

E20 = {"patient_id": "E20", "age": 56, "sex": "M", "notes": [
("2017-05-09", "Pre-Operative Teaching Note", """
PREOP NURSE TEACHING VISIT                                   05/09/2017
Upcoming: open L inguinal hernia repair 5/23/17, Dr Quaye.
56M. ESRD, on CAPD (four 2L bags daily). Mechanical MVR -- on warfarin, the
valve clinic aims for INR 2.5-3.5. HTN. No diabetes. 86 kg; BMI 28.3.
Bridging plan per cardiology: warfarin stop 5/18, admit 5/19 for heparin drip, stop drip 6 h
pre-op, restart post-op. PD plan: low-volume exchanges for 2 weeks after surgery.
Teaching:
- after surgery, nothing hot (pad, bottle) and no ice straight onto the groin/belly skin
- dialysis patients are prone to calciphylaxis (very painful purple/black sores) -- report any
  new painful dark skin area right away
- call for fever, drainage from incision or PD catheter exit site.
Skin: intact, no lesions. Pt and wife teach-back correct.
"""),
("2017-05-23", "Intraoperative Nursing Record", """
INTRAOPERATIVE NURSING RECORD                               5/23/2017   OR 2
Open L inguinal herniorrhaphy, Lichtenstein mesh, Dr Quaye. Spinal anesthesia not used
(INR 1.3, heparin off 6 h) -- GA with LMA.
PD: drained 0600, catheter capped; RLQ exit site clean.
Position: supine, arms on padded boards.
Return electrode R anterior thigh, skin intact before and after.
Incision L groin 6 cm, closed subcuticular, glue.
Skin check at end: intact, no pressure areas, no lesions.
Local by surgeon: ilioinguinal field block, 20 mL 0.5% ropivacaine.
To PACU, VSS, pain 2/10. Warfarin restart tonight per cardiology; heparin gtt to resume
at 2200 if the groin is dry. PD nurse to do a 1 L exchange at bedside this evening.
"""),
]}

PATIENTS = [E15, E16, E17, E18, E19, E20]
