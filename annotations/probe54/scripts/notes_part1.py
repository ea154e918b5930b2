"""probe54 corpus notes, M01-M07 (nephrology consults and dialysis-unit rounding; all invented)."""

M01 = {"patient_id": "M01", "age": 63, "sex": "F", "notes": [
("2019-02-18", "Dialysis Unit Monthly Rounding", """
HD ROUNDS - Riverbend Kidney Centre, chair 14, 2nd shift (MWF)
63F, ESRD (DKD), in-centre HD since 2016. T2DM on basal/bolus insulin (glargine 30u at bedtime, lispro by carb count), self-injects.
Access: L BC fistula +thrill/+bruit, 15G needles x2, no problems. No infiltration this month.
Labs (02/04):
  cCa 9.9 / PO4 7.2 / iPTH 812 / alb 3.4 / Hb 10.1 / spKt/V 1.31 / URR 69%
Heparin 1000u bolus + 500u/hr. Mircera 100 mcg q month.
Wt 91.6 kg, BMI 34.0.
S: c/o "burning" patch outer L thigh. Says she has put every insulin shot in her L lateral thigh since about Aug 2018 (R leg sore since ankle ORIF, does not like using it, avoids belly).
O: L lateral thigh - 5x4 cm tender dusky violaceous area, lacy livedo at margins, no break in skin. RN first saw it 02/11/2019 at wt check.
A/P: painful retiform plaque at an injection site in high Ca x P HD pt - worried re calciphylaxis. Sending to ED for admit + renal/derm eval. Hold PhosLo; sevelamer 1600mg with meals instead. Stop insulin in L thigh.
"""),
("2019-02-21", "Inpatient Nephrology Consult", """
NEPHROLOGY CONSULT  -  reason: ?CUA
Seen at request of Dr Vance (hospitalist). Chart + HD unit records reviewed.
HPI: 63 y/o woman on MWF in-centre HD. Over the last 10 days a painful area on her left lateral thigh has darkened. Injection habits confirmed with pt: both insulins go into the same palm-sized zone of the L outer thigh, ~6 months now. No falls, no heat, no new tight garments.
Exam: L lat thigh 6x5cm indurated retiform purpura, black eschar ~1.5cm in its middle; exquisitely tender. R thigh, abdomen, breasts clear.
Data: Ca 10.2, phos 7.0, iPTH 790, alk phos 188. INR 1.0, not anticoagulated (never on warfarin).
Impression: strongly suspect calcific uremic arteriolopathy at insulin injection site.
Rec: derm punch bx from edge (done at bedside by derm today). Daily HD x3 this wk then resume MWF. Low Ca bath 2.0. Cinacalcet 30 mg. Pain team. Wound RN.
"""),
("2019-03-04", "Dialysis Unit Monthly Rounding", """
HD rounding 3/4/19 - back in unit after d/c 2/26.
Path (2/21, L thigh): medial calcification of small subcut arterioles + thrombosis, von Kossa +. = biopsy-proven calciphylaxis.
Plan in place: sodium thiosulfate 25 g IV over last 30 min of each run (started inpt 2/22), tolerating, mild nausea.
Insulin now into abdomen only. L thigh wound: eschar dry, no new lesions elsewhere.
Labs 3/1: cCa 9.1, PO4 5.8, iPTH 604, Kt/V 1.38.
EDW 89.0, BMI 33.2. Heparin unchanged. Mircera 120 mcg (Hgb 9.6).
Next: wound clinic Thursday, recheck PTH in 4 wks.
"""),
]}

M02 = {"patient_id": "M02", "age": 58, "sex": "M", "notes": [
("2021-01-07", "Home Dialysis Clinic Visit", """
PD CLINIC  -  monthly visit (CCPD, 5 exchanges on cycler, 2.5% x2 and 1.5% x3, icodextrin day dwell)
58M, ESRD from ADPKD, on PD since 03/2019. Mechanical AVR -> warfarin (INR aim 2.5-3.5). A1c 5.4; no DM.
Since Thanksgiving he's been sleeping on an electric heat pad pressed to the right flank for the cyst pain - every night, on "high", often falls asleep on it.
Now: painful darkened patch R flank, says it began "sometime in December". 
O/E R flank: 7x4cm mottled purple plaque, firm, with a small dusky center; reticulated brown pigment around it.
PD exit site clean. UF 900 ml/d. cCa 9.6 / PO4 6.4 / iPTH 455 / wkly Kt/V 1.9.
Wt 84 kg / BMI 27.8.
Imp: EAI vs early CUA -- warfarin, PD and heat all stacked against him. 
Plan: heating pad OFF. Admit for skin bx + wound eval. INR today 3.1.
"""),
("2021-01-15", "Inpatient Nephrology Consult", """
RENAL CONSULT F/U  day 3
Biopsy of R flank plaque (1/13): mural calcium in small dermal/subcut vessels, intimal thickening, thrombi -> calciphylaxis. Brown netlike pigment over it is toasted-skin change (EAI) from the pad.
Flank plaque now has central eschar 2 cm. No other sites.
Warfarin: cardiology agrees to bridge to heparin gtt while inpt, discussing long-term options (mechanical valve limits this).
PD adequacy borderline + large flank wound near where he lies -> team and pt agree to move to in-centre HD. IR to place R IJ tunnelled line tomorrow.
Thiosulfate 25g IV to run with every HD session.
"""),
("2021-02-10", "Modality Transfer Note (PD to HD)", """
TRANSFER NOTE - PD -> in-centre HD, Lakeshore Dialysis
Pt started in-centre HD 1/18 via R IJ tunneled cath; PD cath to stay in for now, flushed weekly.
Schedule TTS. EDW 82.5 kg. Heparin: none in circuit (on warfarin again, INR 2.8).
Calciphylaxis R flank: eschar intact, pain 5/10 on hydromorphone 1 mg q6 prn. STS ongoing with each tx.
cCa 8.9 / PO4 4.9 / iPTH 390 / Kt/V 1.52.
Vein mapping done, fistula referral sent (L arm).
"""),
]}

M03 = {"patient_id": "M03", "age": 71, "sex": "F", "notes": [
("2021-11-22", "Dialysis Unit Rounding Note", """
ROUNDS - Mon 11/22/21
71F HD MWF via R forearm AVF. DM2 - stopped metformin at HD start, now linagliptin 5 mg only, never needed insulin. AF on apixaban (not on warfarin).
Vascular clinic fitted her with below-knee class 2 compression hose on 10/02/2021 for leg edema; wears them every day.
Pt shows me both calves: "they started hurting where the tops of the socks dig in, early November".
Exam: bilateral posterior calves - band-like tender purple plaques just under the stocking cuffs, R ~6cm, L ~4cm, the R with a small stellate black center. Feet warm, DP palpable.
cCa 9.4 / PO4 6.8 / iPTH 1010 / Kt/V 1.29 (missed 2 tx in Oct)
Wt 88.1 / Ht 171 -> BMI 30.1.
Stockings off. Urgent derm referral for bx; will call renal fellow on call re: admission threshold.
"""),
("2021-11-29", "Inpatient Nephrology Consult", """
Nephrology - new consult, admitted via ED w/ worsening leg pain.
71 yo on MWF HD. Lesions in a ring at the stocking line on both calves since early Nov 2021.
Now: R calf 7 x 3 cm necrotic ulcer with black eschar; L calf violaceous indurated plaque, intact. Calves otherwise unremarkable, no venous stasis changes.
Bx L calf (derm 11/27): mural Ca++ in subcut arterioles, necrotic fat lobules - c/w calcific uremic arteriolopathy.
BMI 30.0 today (wt 87.8).
Recs: thiosulfate post HD thrice weekly (25g), switch to non-Ca binder, cinacalcet, raise dialysate to 4.5 h. No compression of any kind to legs.
"""),
("2021-12-20", "Dialysis Unit Rounding Note", """
12/20 rounds.  CUA both calves: R ulcer debrided by wound clinic 12/14, clean base; L plaque softer.
STS #9. c/o nausea with infusion, slowed rate.
cCa 8.8 / PO4 5.1 / iPTH 720 / Hb 10.4 / Kt/V 1.44
Epo 6000 u per tx. Hep 2000 bolus.
Linagliptin continued.
"""),
]}

M04 = {"patient_id": "M04", "age": 49, "sex": "M", "notes": [
("2022-04-25", "Inpatient Nephrology Consult", """
TRANSPLANT NEPHROLOGY CONSULT
49M, ESRD 2/2 IgA nephropathy, DDKT 2014, graft lost to chronic rejection 2021, back on HD. Allograft nephrectomy (open, RLQ incision) on 03/08/2022 for graft intolerance syndrome. Now HD TTS via R IJ permcath.
No DM. Not on warfarin or any anticoag.
HPI: noticed a hard painful area along the healed right lower quadrant scar on Easter Monday, which has turned purple/black over the last week.
Exam: RLQ, following the lower half of the nephrectomy scar: 8x3cm indurated violaceous plaque with two 1 cm black necrotic areas. Rest of abdomen and flanks clear.
Labs: Ca 10.4 (on calcitriol 0.5), phos 7.9, PTH 1380, alb 3.6.
BMI 26.1.
A: 7-wk-old incision now with painful necrosis along it; on HD w/ severe SHPT - calciphylaxis the main concern, ddx wound infection / fat necrosis.
P: derm bx; stop calcitriol; surgery to r/o deep collection (CT abd ordered).
"""),
("2022-05-02", "Dialysis Unit Rounding Note", """
HD rounds - pt back in unit 4/30.
Skin bx RLQ scar (4/27): small-vessel calcification with thrombi, calciphylaxis confirmed. CT - no abscess.
STS started. Parathyroidectomy referral (PTH 1380 on last check).
Access: permcath R IJ - dressing C/D/I, flows good, no alteplase needed. AVF L arm maturing (fistulagram next month).
cCa 9.5 / PO4 6.6 / Kt/V 1.35 / Hb 9.8
Heparin lock 1000 u/ml each limb. Aranesp 60 mcg qwk.
"""),
("2022-06-06", "Dialysis Unit Rounding Note", """
Monthly rounds 6/6/22
CUA of RLQ scar: eschar separating at edges, granulation at periphery, pain much improved (now APAP + gabapentin 100 post HD).
STS continues (#16). Pre-op for PTx 6/20.
Labs 6/1: cCa 9.0 / PO4 5.9 / iPTH 1210 / Kt/V 1.41 / URR 71
Wt 80.4, BMI 26.0. Fistula cannulation trial planned once PTx done.
"""),
]}

M05 = {"patient_id": "M05", "age": 77, "sex": "F", "notes": [
("2023-08-14", "Dialysis Unit Rounding Note", """
ROUNDING - Harbor View Dialysis, TTS 1st shift
77F ESRD (DKD + HTN) on HD x 6 y via L upper arm AVG. T2DM on NPH 18u bid. Paroxysmal AF - on warfarin 4 mg (INR checked here monthly).
Pt tripped on the gravel path at the lake watching the fireworks on July 4th and skinned her left knee; daughter cleaned it, scab healed.
Then 3 weeks ago a painful purple spot came up right on the knee where the scrape had been; now dark and hard.
O: L anterior knee 4 x 4 cm stellate purpura with dark center, very tender. No fluctuance. Other knee fine.
cCa 9.8 / PO4 6.9 / iPTH 680 / INR 2.6 / Kt/V 1.25 / alb 3.1
Wt 79, BMI 31.5.
Impression: ? calciphylaxis where the July abrasion was. Direct admit for bx. Hold warfarin tonight.
"""),
("2023-08-17", "Inpatient Nephrology Consult", """
RENAL CONSULT
77 yo F, HD TTS, on warfarin for AF, admitted w/ L knee lesion.
Lesion onset late July (~7/24), at the site of an abrasion from a fall on 07/04/2023.
Exam: L knee - necrotic plaque 4.5 cm with livedo extending to distal thigh.
Punch bx (8/16): vascular calcification in the subcutis + panniculitis. Final dx calciphylaxis.
Rec: warfarin stopped for good; cards OK with apixaban 2.5mg twice daily. STS 3x/wk. Increase tx time to 4 h 15 min. Binder change to lanthanum.
"""),
("2023-09-11", "Dialysis Unit Rounding Note", """
9/11 rounds. L knee CUA - wound clinic weekly, moist dressing; pain 3/10.
Warfarin d/c'd 8/17, on apixaban.
NPH same dose, BG 140s.
Ca 9.1  P 5.4  PTH 540  spKt/V 1.37  Hgb 10.9
AVG: prolonged bleeding post needle removal x2 - fistulagram ordered.
BMI 31.2.
"""),
]}

M06 = {"patient_id": "M06", "age": 55, "sex": "M", "notes": [
("2024-04-09", "Home Dialysis Clinic Visit", """
PD clinic - 55 y/o man, APD nightly, ESRD 2/2 FSGS. No DM (fasting glu 88). Not anticoagulated.
Anemia: since January 2024 on SC epoetin alfa 8000 u weekly, self-injected - pt "always" puts it in the back of his right upper arm ("the only fatty spot I can reach with my left hand").
C/o: sore lump back of R arm since Apr 3, now with a black patch.
Exam: R posterior upper arm - firm 3 cm nodule with overlying violaceous net-like discoloration and a 6 mm black center. Exquisitely tender. L arm fine. Exit site: no crust, no erythema.
PET: high avg. Weekly Kt/V 1.8. Ca 9.7, P 6.2, PTH 522.
Obese, wt 118 kg, BMI 36.0.
Assessment: necrotic nodule at epoetin injection site, concern for calciphylaxis.
Plan: ESA to IV in clinic for now; derm same day for bx.
"""),
("2024-04-12", "Nephrology Consult Note", """
Nephrology note - derm results.
Bx (4/9, back of R arm): calcified subcut arterioles w/ thrombi and necrotic fat = calciphylaxis.
Lesion sits at his weekly Epo site (used since Jan 2024).
Discussed: STS (IV infusion 3x/wk in the infusion centre as he is on PD), stop Ca carbonate, start sucroferric oxyhydroxide. Consider move to HD if wound progresses.
"""),
("2024-05-14", "Home Dialysis Clinic Visit", """
PD clinic monthly.
Calciphylaxis R arm - healing slowly, eschar smaller (4 mm). Pain controlled on tramadol 50 bid.
STS via infusion centre - tolerating. Stays on APD, no transfer needed at this time.
Hgb 10.6 on IV epo. Ca 9.2, P 5.4, PTH 470. Weekly Kt/V 1.9.
Wt 116.5, BMI 35.4.
"""),
]}

M07 = {"patient_id": "M07", "age": 66, "sex": "F", "notes": [
("2025-03-24", "Dialysis Unit Rounding Note", """
HD rounding (MWF, chair 3)
66F ESRD 2/2 HTN nephrosclerosis. T2DM diet-controlled, A1c 6.8, on no agents. No anticoagulants.
L adhesive capsulitis - since mid-February ices the L shoulder with frozen gel packs three or four times daily, sometimes straight on skin.
10 days ago noticed a painful red-purple patch over the point of the left shoulder, now darker w/ a scab.
O: L superior/lateral shoulder - 5 x 3 cm retiform violaceous plaque, central 1 cm black crust.
cCa 10.1 / PO4 6.6 / iPTH 950 / Kt/V 1.33 / Hb 11.0
AVF R arm, cannulation via buttonhole, fine.
BMI 28.4.
A/P: possible CUA vs cold injury at the ice site. Stop ice. Derm referral - urgent.
"""),
("2025-03-27", "Nephrology Consult Note", """
Outpatient renal consult (HD pt, skin lesion)
Hx as per unit note: gel ice packs to L shoulder starting mid-Feb 2025, lesion appeared ~3/14.
Derm punch 3/26 of L shoulder plaque: calcium in walls of small subcutaneous vessels, microthrombi -> calciphylaxis, not frostbite.
Plan: thiosulfate after each run, cinacalcet up to 60, Ca bath 2.25 -> 2.0. PT for shoulder, heat/ice both off.
"""),
("2025-04-21", "Dialysis Unit Rounding Note", """
Monthly rounds.  L shoulder calciphylaxis: crust lifting, no new lesions. Pain 2/10.
STS #11.
Ca 9.3 | P 5.5 | PTH 700 | Kt/V 1.40 | Ferritin 610 | TSAT 28%
Venofer held (ferritin). Mircera 75 mcg.
BMI 28.1.
"""),
]}

PATIENTS = [M01, M02, M03, M04, M05, M06, M07]
